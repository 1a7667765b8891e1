package com.stockrecon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an interrupted run must end up publishing: the reports of one uninterrupted run of the same
 * inputs, job and date, by a real process on a fresh H2 database. Made once per test JVM for each
 * input folder, job and date, under {@code target/uninterrupted-runs/} (deleted when it ends).
 */
public final class UninterruptedRuns {

    private static final Path ROOT = StockReconProcess.HOME.resolve("target").resolve("uninterrupted-runs");
    private static final Map<String, Path> DONE = new ConcurrentHashMap<>();

    private UninterruptedRuns() {
    }

    /** The report folder of the uninterrupted run; {@code input} must not change afterwards. */
    public static Path reports(Path input, String job, LocalDate date) {
        String key = input.toAbsolutePath().normalize() + "|" + job + "|" + date;
        return DONE.computeIfAbsent(key, ignored -> run(input, job, date));
    }

    private static Path run(Path input, String job, LocalDate date) {
        try {
            Files.createDirectories(ROOT);
            Path work = deletedOnExit(Files.createTempDirectory(ROOT, job + "-" + date + "-"));
            StockReconProcess process = StockReconProcess.in(work).onH2(work.resolve("db"));
            StockReconProcess.Result result = process.run("reconcile", "--jobs", jobsFolder(work, job).toString(),
                    "--job", job, "--input", input.toAbsolutePath().toString(), "--reports", "reports",
                    "--date", date.toString());
            if (result.exitCode() != 0) {
                throw new IllegalStateException("the uninterrupted run failed: " + result);
            }
            return work.resolve("reports").resolve(date.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CSV reports of {@code actual} are byte for byte those of {@code expected}, and its
     * summary.json the same but for its timings.
     */
    public static void assertSameReports(Path actual, Path expected) {
        Map<String, String> actualFiles = ReportFiles.csvContents(actual);
        Map<String, String> expectedFiles = ReportFiles.csvContents(expected);
        if (!actualFiles.keySet().equals(expectedFiles.keySet())) {
            throw new AssertionError("reports in " + actual + ": " + actualFiles.keySet() + ", expected "
                    + expectedFiles.keySet());
        }
        expectedFiles.forEach((name, content) -> assertSameText(name, actualFiles.get(name), content));
        assertSameText("summary.json without timings", ReportFiles.summaryWithoutTimings(actual),
                ReportFiles.summaryWithoutTimings(expected));
    }

    /** Reports the first line that differs rather than two whole reports. */
    private static void assertSameText(String name, String actual, String expected) {
        if (actual.equals(expected)) {
            return;
        }
        List<String> actualLines = actual.lines().toList();
        List<String> expectedLines = expected.lines().toList();
        int line = 0;
        while (line < Math.min(actualLines.size(), expectedLines.size())
                && actualLines.get(line).equals(expectedLines.get(line))) {
            line++;
        }
        throw new AssertionError(name + " differs from the uninterrupted run's at line " + (line + 1) + ": "
                + (line < actualLines.size() ? actualLines.get(line) : "<end>") + " instead of "
                + (line < expectedLines.size() ? expectedLines.get(line) : "<end>") + " (" + actualLines.size()
                + " lines, expected " + expectedLines.size() + ")");
    }

    /** Deletes {@code folder} and what it holds when the test JVM ends. */
    static Path deletedOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // target/ is cleaned by the build anyway
            }
        }));
        return folder;
    }

    /** A jobs folder holding the installation's job definition under the name {@code job}. */
    public static Path jobsFolder(Path parent, String job) {
        try {
            Path jobs = Files.createDirectories(parent.resolve("jobs"));
            Files.copy(StockReconProcess.HOME.resolve("jobs").resolve("reconciliation.yml"), jobs.resolve(job + ".yml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return jobs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
