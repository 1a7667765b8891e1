package com.stockrecon.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;

/**
 * {@code run.sh health} (operations.md §2) as a probe runs it: real processes, an H2 file database with a
 * completed run, and PostgreSQL URLs that lead nowhere: a closed port, and a port that accepts the
 * connection and then never answers (a server that stopped responding). DOWN comes within the 5 s.
 */
class HealthCommandTest {

    @TempDir
    Path work;

    @Test
    void allUpAfterACompletedRunOfTodaysInput() {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));
        JobDefinitionFiles.write(work.resolve("jobs"), "nightly", "input: \"" + input + "\"\nreports: \""
                + work.resolve("reports") + "\"\nhealth:\n  max-run-age-hours: 2\n  min-free-mb: 1\n");
        StockReconProcess stockrecon = StockReconProcess.in(work).onH2(work.resolve("db"));
        Result before = stockrecon.run("health", "--jobs", work.resolve("jobs").toString(), "--job", "nightly");
        assertThat(before.exitCode()).as(before.toString()).isEqualTo(1);
        assertThat(lines(before).get(0)).as("no database yet, and health does not create one")
                .startsWith("database: DOWN ").contains("not found");

        Result run = stockrecon.run("reconcile", "--jobs", work.resolve("jobs").toString(), "--job", "nightly",
                "--date", "2026-11-24");
        assertThat(run.exitCode()).as(run.toString()).isZero();

        Result health = stockrecon.run("health", "--jobs", work.resolve("jobs").toString(), "--job", "nightly");

        assertThat(health.exitCode()).as(health.toString()).isZero();
        assertThat(lines(health)).hasSize(4);
        assertThat(lines(health).get(0)).startsWith("database: UP jdbc:h2:file:");
        assertThat(lines(health).get(1)).startsWith("last-run: UP nightly 2026-11-24 completed at ")
                .endsWith("limit 2 h)");
        assertThat(lines(health).get(2)).isEqualTo("input: UP " + input + " (for " + java.time.LocalDate.now(
                java.time.ZoneOffset.UTC) + ") is readable, 7 entries");
        assertThat(lines(health).get(3)).startsWith("reports-disk: UP ").endsWith("(minimum 1 MB)");
    }

    @Test
    void databaseDownWithinTheTimeoutWhenPostgresDoesNotAnswerOrIsNotThere() throws Exception {
        JobDefinitionFiles.write(work.resolve("jobs"), "nightly", "input: \"" + work.resolve("inbox/{date}")
                + "\"\nreports: \"" + work.resolve("reports") + "\"\nhealth:\n  min-free-mb: 100000000000\n");
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long started = System.nanoTime();
            Result hung = StockReconProcess.in(work.resolve("hung"))
                    .onDatabase("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/test")
                    .run("health", "--jobs", work.resolve("jobs").toString(), "--job", "nightly");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(hung.exitCode()).as(hung.toString()).isEqualTo(1);
            assertThat(lines(hung)).containsExactly(
                    "database: DOWN jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
                            + "/test did not answer within 5 s",
                    "last-run: DOWN unknown: the database is not reachable",
                    "input: DOWN " + work.resolve("inbox/" + java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                            + " (for " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ") is missing",
                    lines(hung).get(3));
            assertThat(lines(hung).get(3)).startsWith("reports-disk: DOWN ");
            assertThat(accepted).as("the probe reached the silent server").isNotEmpty();
            assertThat(took).as("the 5 s timeout plus a JVM start, not a hang").isLessThan(Duration.ofSeconds(20));
            for (Socket socket : accepted) {
                socket.close();
            }
        }

        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        Result refused = StockReconProcess.in(work.resolve("refused"))
                .onDatabase("jdbc:postgresql://127.0.0.1:" + closedPort + "/test")
                .run("health", "--jobs", work.resolve("jobs").toString(), "--job", "nightly");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(lines(refused).get(0)).startsWith("database: DOWN jdbc:postgresql://127.0.0.1:" + closedPort
                + "/test not reachable: ");
    }

    private static List<String> lines(Result result) {
        return result.stdout().lines().toList();
    }
}
