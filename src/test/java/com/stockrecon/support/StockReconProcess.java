package com.stockrecon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * StockRecon as operators and cron run it: a real JVM ({@code java -cp <test classpath>
 * com.stockrecon.cli.StockRecon ...}) in a working folder of its own, with the installation's
 * {@code jobs/} and the database given through the environment ({@code SPRING_DATASOURCE_URL}...).
 * Its stdout and stderr go to files of the working folder, its log to {@code logs/} there. Several
 * {@code StockReconProcess}es on one database (other working folders) play several installations.
 */
public final class StockReconProcess {

    /** The checkout: where jobs/ lives (surefire runs tests in the project folder). */
    public static final Path HOME = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().normalize();

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final AtomicInteger STARTS = new AtomicInteger();

    private final Path workDir;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private String maxHeap = "768m";

    private StockReconProcess(Path workDir) {
        this.workDir = workDir.toAbsolutePath().normalize();
        // schedulers on one machine each take a free management port, not 8081
        environment.put("STOCKRECON_MANAGEMENT_PORT", "0");
        try {
            Files.createDirectories(this.workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Processes working in {@code workDir}, on the default database until told otherwise. */
    public static StockReconProcess in(Path workDir) {
        return new StockReconProcess(workDir);
    }

    /** An H2 file database in {@code folder}, opened with AUTO_SERVER as the application's default is. */
    public StockReconProcess onH2(Path folder) {
        return onDatabase(TestDatabases.h2FileUrl(folder));
    }

    /** A database by JDBC URL (PostgreSQL as the test server's user). */
    public StockReconProcess onDatabase(String url) {
        environment.put("SPRING_DATASOURCE_URL", url);
        if (url.startsWith("jdbc:postgresql:")) {
            environment.put("SPRING_DATASOURCE_USERNAME", TestDatabases.POSTGRES_USER);
            environment.put("SPRING_DATASOURCE_PASSWORD", "");
        }
        return this;
    }

    public StockReconProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** The processes' -Xmx (768m unless told otherwise). */
    public StockReconProcess maxHeap(String size) {
        maxHeap = size;
        return this;
    }

    public Path workDir() {
        return workDir;
    }

    /** The log the processes of this working folder write. */
    public Path log() {
        return workDir.resolve("logs").resolve("stockrecon.log");
    }

    /** The database the processes use, opened from the test (H2 through its AUTO_SERVER). */
    public Connection connect() throws SQLException {
        String url = environment.get("SPRING_DATASOURCE_URL");
        if (url == null) {
            throw new IllegalStateException("no database given");
        }
        return url.startsWith("jdbc:postgresql:") ? DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")
                : DriverManager.getConnection(url, "sa", "");
    }

    /** Status of each job execution in the database, oldest first. */
    public List<String> jobExecutionStatuses() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT status FROM batch_job_execution ORDER BY job_execution_id")) {
            List<String> statuses = new ArrayList<>();
            while (rows.next()) {
                statuses.add(rows.getString(1));
            }
            return statuses;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the command to its end. */
    public Result run(String... args) {
        return start(args).finish();
    }

    public Started start(String... args) {
        int n = STARTS.incrementAndGet();
        Path out = workDir.resolve("stdout-" + n + ".txt");
        Path err = workDir.resolve("stderr-" + n + ".txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Startup dominates these short runs: C1 only and the serial collector start fastest.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xmx" + maxHeap);
        command.add("-Dstockrecon.home=" + HOME);
        command.add("-cp");
        command.add(classpath());
        command.add("com.stockrecon.cli.StockRecon");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("STOCKRECON_"));
        builder.environment().putAll(environment);
        try {
            return new Started(builder.start(), out, err, String.join(" ", args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire starts tests through a manifest-only jar; the real classpath is in this property. */
    private static String classpath() {
        String classpath = System.getProperty("surefire.test.class.path");
        return classpath != null && !classpath.isBlank() ? classpath : System.getProperty("java.class.path");
    }

    /**
     * A process that was started. Closing it kills it if it still runs, so that a test failing
     * half-way leaves no process behind (a scheduler never ends by itself).
     */
    public static final class Started implements AutoCloseable {

        private final Process process;
        private final Path out;
        private final Path err;
        private final String args;

        Started(Process process, Path out, Path err, String args) {
            this.process = process;
            this.out = out;
            this.err = err;
            this.args = args;
        }

        public long pid() {
            return process.pid();
        }

        public String stdout() {
            return read(out);
        }

        /** Waits until stdout shows {@code text}; fails when the process ends first. */
        public Started awaitOutput(String text) {
            return awaitOutput(text, PATIENCE);
        }

        /** Waits at most {@code patience} until stdout shows {@code text}; fails when the process ends first. */
        public Started awaitOutput(String text, Duration patience) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!stdout().contains(text)) {
                if (!process.isAlive()) {
                    throw new AssertionError("process ended before printing '" + text + "': " + result());
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("no '" + text + "' after " + patience + ": " + result());
                }
                sleep(10);
            }
            return this;
        }

        /** kill -9: no shutdown hook, no cleanup, sessions dropped by the operating system. */
        public void kill() {
            process.destroyForcibly();
            awaitExit(PATIENCE);
        }

        /** SIGTERM, as cron's or systemd's stop sends it. */
        public void terminate() {
            process.destroy();
        }

        /** SIGSTOP: the process stays alive, with its database sessions and locks, but does nothing. */
        public void pause() {
            signal("STOP");
        }

        public void resume() {
            signal("CONT");
        }

        private void signal(String name) {
            try {
                Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
                if (kill.waitFor() != 0) {
                    throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Waits for the process to end by itself. */
        public Result finish() {
            return finish(PATIENCE);
        }

        /** Waits at most {@code patience} for the process to end by itself. */
        public Result finish(Duration patience) {
            awaitExit(patience);
            return result();
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                kill();
            }
        }

        private void awaitExit(Duration patience) {
            try {
                if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("still running after " + patience + ": " + result());
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private Result result() {
            return new Result(process.isAlive() ? -1 : process.exitValue(), read(out), read(err), args);
        }
    }

    /** How a process ended: exit code, what it printed. */
    public record Result(int exitCode, String stdout, String stderr, String args) {

        public List<String> stderrLines() {
            return stderr.lines().toList();
        }

        @Override
        public String toString() {
            return "stockrecon " + args + " -> exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
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
}
