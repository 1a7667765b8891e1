package com.stockrecon.scheduling.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.stockrecon.StockRecon;

/**
 * A real {@code stockrecon} process, the way run.sh starts one: {@code java -cp <test classpath>
 * com.stockrecon.StockRecon <command> ...} with {@code -Dstockrecon.home} at the project and the
 * database in SPRING_DATASOURCE_* variables. Its working directory is a folder of the test (its
 * logs/ land there); stdout and stderr go to files next to it.
 */
public final class StockReconProcess implements AutoCloseable {

    private static final AtomicInteger STARTED = new AtomicInteger();

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private StockReconProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The SPRING_DATASOURCE_* variables that point a process at a database. */
    public static Map<String, String> database(String url, String user) {
        return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", user,
                "SPRING_DATASOURCE_PASSWORD", "");
    }

    public static StockReconProcess start(Path workDir, Map<String, String> environment, String... args) {
        try {
            Files.createDirectories(workDir);
            int number = STARTED.incrementAndGet();
            String label = number + "-" + args[0];
            Path out = workDir.resolve("process-" + label + ".out");
            Path err = workDir.resolve("process-" + label + ".err");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-XX:+UseSerialGC", "-Xmx384m", "-cp", classpath(),
                    "-Dstockrecon.home=" + Path.of("").toAbsolutePath(), StockRecon.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            return new StockReconProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end and hands back its exit code and output. */
    public static Result run(Path workDir, Map<String, String> environment, Duration timeout, String... args) {
        try (StockReconProcess process = start(workDir, environment, args)) {
            int code = process.waitFor(timeout);
            return new Result(code, process.stdout(), process.stderr());
        }
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Surefire starts tests through a manifest-only jar; the real classpath is in this property. */
    private static String classpath() {
        String classpath = System.getProperty("surefire.test.class.path");
        return classpath != null && !classpath.isBlank() ? classpath
                : System.getProperty("java.class.path").replace(';', File.pathSeparatorChar);
    }

    /** Waits until stdout has a line containing the text; fails with the process's output otherwise. */
    public void awaitOutput(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (stdout().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                fail("process ended (exit " + process.exitValue() + ") before printing '" + text + "'\n" + output());
            }
            sleep(100);
        }
        fail("no '" + text + "' within " + timeout + "\n" + output());
    }

    /** Sends SIGTERM, as a service manager or kill does. */
    public void terminate() {
        process.destroy();
    }

    /** Sends SIGKILL, as a power cut or the OOM killer would end it: no chance to stop cleanly. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    public int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("process did not end within " + timeout + "\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    public String output() {
        return "--- stdout\n" + stdout() + "--- stderr\n" + stderr();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
