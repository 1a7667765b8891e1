package com.stockrecon.partitions.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.support.LargeInputs;
import com.stockrecon.support.ReportFiles;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.support.StockReconProcess.Started;
import com.stockrecon.support.TestDatabases;
import com.stockrecon.support.UninterruptedRuns;

/**
 * Issue 14 with real processes, on the real PostgreSQL and RabbitMQ (a vhost of the test's own): a
 * manager ({@code reconcile --remote}) and {@code worker} processes that share the database, the
 * input folder and the broker publish exactly the reports of a local run, also when a worker is
 * killed mid-partition or the broker drops every connection between two runs.
 */
class RemotePartitionsProcessTest {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @TempDir
    Path work;

    private TestVhost vhost;
    private String database;
    private final List<Started> processes = new ArrayList<>();

    @BeforeEach
    void broker() {
        vhost = new TestVhost();
        database = TestDatabases.postgresUrl();
    }

    @AfterEach
    void cleanUp() {
        processes.forEach(Started::close);
        vhost.close();
    }

    @Test
    void aManagerWithTwoWorkersPublishesTheReportsOfALocalRunAlsoAfterTheBrokerDroppedItsConnections() {
        Started first = worker("worker-1");
        Started second = worker("worker-2");

        Result run = manager().run(reconcile());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertSameAsLocal(work.resolve("manager"));
        String partitions = workerLog("worker-1") + workerLog("worker-2");
        for (String stage : List.of("readSales", "readOnHand", "readReservations", "readInTransit")) {
            assertThat(partitions).containsPattern("partition " + stage + " of step readSources: \\d+ rows in [0-9.]+ s");
        }
        assertThat(workerLog("worker-1")).contains("partition read");
        assertThat(workerLog("worker-2")).contains("partition read");

        vhost.restart();
        Result rerun = manager().run(reconcileArgs("--rerun"));

        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        // a rerun's summary names it rerun1; its reports are those of the local run
        assertThat(ReportFiles.csvContents(work.resolve("manager").resolve("reports").resolve(D.toString())))
                .isEqualTo(ReportFiles.csvContents(UninterruptedRuns.reports(LargeInputs.shared(D), "reconciliation", D)));

        first.terminate();
        second.terminate();
        assertThat(first.finish().exitCode()).isZero();
        assertThat(second.finish().stdout()).contains("worker stopped");
    }

    @Test
    void aWorkerKilledMidPartitionIsReplacedByAnotherAndTheReportsAreUnchanged() throws SQLException {
        Started doomed = worker("doomed");
        Started run = manager().start(reconcile());
        awaitPartitionStarted("runPartition:readSales");
        doomed.kill();

        worker("replacement");
        Result finished = run.finish();

        assertThat(finished.exitCode()).as(finished.toString()).isZero();
        assertSameAsLocal(work.resolve("manager"));
        assertThat(workerLog("replacement")).contains("partition readSales of step readSources:");
    }

    @Test
    void remotePartitionsRefuseTheEmbeddedDatabase() {
        Result refused = StockReconProcess.in(work.resolve("h2")).onH2(work.resolve("h2-db")).run(reconcile());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).contains("remote partitions need a PostgreSQL database");
    }

    private Started worker(String name) {
        Started worker = on(StockReconProcess.in(work.resolve(name))).start("worker", "--partitions", "1")
                .awaitOutput("worker ready");
        processes.add(worker);
        return worker;
    }

    private StockReconProcess manager() {
        return on(StockReconProcess.in(work.resolve("manager")));
    }

    private StockReconProcess on(StockReconProcess process) {
        return process.onDatabase(database).env("SPRING_RABBITMQ_VIRTUAL_HOST", vhost.name());
    }

    private String workerLog(String name) {
        try {
            return java.nio.file.Files.readString(work.resolve(name).resolve("logs").resolve("stockrecon.log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] reconcile() {
        return reconcileArgs();
    }

    private static String[] reconcileArgs(String... more) {
        List<String> args = new ArrayList<>(List.of("reconcile", "--remote", "--input",
                LargeInputs.shared(D).toString(), "--reports", "reports", "--date", D.toString()));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    private void awaitPartitionStarted(String partition) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Connection connection = manager().connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM batch_step_execution WHERE step_name = ? AND status = 'STARTED'")) {
            query.setString(1, partition);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AssertionError(partition + " never started");
    }

    private static void assertSameAsLocal(Path manager) {
        UninterruptedRuns.assertSameReports(manager.resolve("reports").resolve(D.toString()),
                UninterruptedRuns.reports(LargeInputs.shared(D), "reconciliation", D));
    }
}
