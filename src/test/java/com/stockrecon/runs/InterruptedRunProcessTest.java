package com.stockrecon.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.support.LargeInputs;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.support.StockReconProcess.Started;
import com.stockrecon.support.TestDatabases;
import com.stockrecon.support.UninterruptedRuns;

/**
 * Contract §6 with real processes: a run killed with kill -9, or stopped with SIGTERM, while a middle
 * step runs is finished by running the same command again, and publishes exactly the reports of an
 * uninterrupted run (summary.json but for its timings).
 */
class InterruptedRunProcessTest {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    /** Printed when the on-hand partition ends: sales, the longest partition here, is then running beside it. */
    static final String SALES_STARTS = "step readOnHand:";

    @TempDir
    Path work;

    @Test
    void aRunKilledOnH2IsRecognisedAsAbandonedAndFinishedByTheSameCommand() {
        killedRunIsFinishedByTheSameCommand(StockReconProcess.in(work).onH2(work.resolve("db")));
    }

    @Test
    void aRunKilledOnPostgresIsRecognisedAsAbandonedAndFinishedByTheSameCommand() {
        killedRunIsFinishedByTheSameCommand(StockReconProcess.in(work).onDatabase(TestDatabases.postgresUrl()));
    }

    @Test
    void aRunStoppedBySigtermOnH2ExitsFourAndIsFinishedByTheSameCommand() {
        stoppedRunIsFinishedByTheSameCommand(StockReconProcess.in(work).onH2(work.resolve("db")));
    }

    @Test
    void aRunStoppedBySigtermOnPostgresExitsFourAndIsFinishedByTheSameCommand() {
        stoppedRunIsFinishedByTheSameCommand(StockReconProcess.in(work).onDatabase(TestDatabases.postgresUrl()));
    }

    private void killedRunIsFinishedByTheSameCommand(StockReconProcess stockrecon) {
        Started run = stockrecon.start(command()).awaitOutput(SALES_STARTS);
        run.kill();

        assertThat(work.resolve("reports").resolve(D.toString())).doesNotExist();
        assertThat(stockrecon.jobExecutionStatuses()).containsExactly("STARTED");

        Result again = stockrecon.run(command());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).containsPattern("step readCatalog: reused");
        assertThat(stockrecon.jobExecutionStatuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(stockrecon.log()).content().contains("was left running by a process that is gone");
        assertSameAsUninterrupted();
    }

    private void stoppedRunIsFinishedByTheSameCommand(StockReconProcess stockrecon) {
        Started run = stockrecon.start(command()).awaitOutput(SALES_STARTS);
        run.terminate();
        Result stopped = run.finish();

        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(4);
        assertThat(stopped.stderrLines()).containsExactly("stockrecon: reconciliation for " + D
                + " stopped at a safe point; run the same command again to finish it");
        assertThat(stopped.stdout()).containsPattern("step \\w+: .*stopped\\)");
        assertThat(work.resolve("reports").resolve(D.toString())).doesNotExist();
        assertThat(stockrecon.jobExecutionStatuses()).containsExactly("STOPPED");

        Result again = stockrecon.run(command());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).containsPattern("step readCatalog: reused");
        assertThat(stockrecon.jobExecutionStatuses()).containsExactly("STOPPED", "COMPLETED");
        assertSameAsUninterrupted();
    }

    private static String[] command() {
        return new String[] {"reconcile", "--input", LargeInputs.shared(D).toString(), "--reports", "reports",
                "--date", D.toString()};
    }

    private void assertSameAsUninterrupted() {
        Path published = work.resolve("reports").resolve(D.toString());
        assertThat(Files.isDirectory(published)).isTrue();
        UninterruptedRuns.assertSameReports(published, UninterruptedRuns.reports(LargeInputs.shared(D),
                "reconciliation", D));
    }
}
