package com.stockrecon.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.support.Fixtures;
import com.stockrecon.support.LargeInputs;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.support.StockReconProcess.Started;
import com.stockrecon.support.TestDatabases;

/**
 * Contract §6: two runs for the same D never execute at once. While one process runs D, a second
 * one for D exits 3 without touching it, and a run of another date is not held up.
 *
 * <p>The first run is paused (SIGSTOP) in the middle of its work so that the overlap does not
 * depend on timing; a paused process keeps its database sessions and so its run lock, as a slow one
 * would.
 */
class OneRunAtATimeTest {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @TempDir
    Path work;

    @Test
    void onPostgresASecondRunOfTheSameDateExitsThree() {
        onlyOneRunOfADateAtATime(StockReconProcess.in(work).onDatabase(TestDatabases.postgresUrl()));
    }

    /** PostgreSQL advisory locks are the database's, not a schema's: the lock must not span installations. */
    @Test
    void onPostgresAnotherInstallationsRunOfTheSameDateIsNotHeldUp() {
        StockReconProcess installation = StockReconProcess.in(work.resolve("one"))
                .onDatabase(TestDatabases.postgresUrl());
        StockReconProcess another = StockReconProcess.in(work.resolve("another"))
                .onDatabase(TestDatabases.postgresUrl());
        Started first = installation.start(command(D)).awaitOutput("step readCatalog:");
        first.pause();
        Result meanwhile;
        try {
            meanwhile = another.run(smallCommand(D));
        } finally {
            first.resume();
        }
        Result firstResult = first.finish();

        assertThat(meanwhile.exitCode()).as(meanwhile.toString()).isZero();
        assertThat(firstResult.exitCode()).as(firstResult.toString()).isZero();
    }

    /**
     * With AUTO_SERVER the first process to open the H2 file serves it to the others; the test opens it
     * first, so that pausing the first run does not pause the database with it.
     */
    @Test
    void onAnH2FileDatabaseASecondRunOfTheSameDateExitsThree() throws SQLException {
        StockReconProcess stockrecon = StockReconProcess.in(work).onH2(work.resolve("db"));
        try (Connection server = stockrecon.connect()) {
            onlyOneRunOfADateAtATime(stockrecon);
        }
    }

    private void onlyOneRunOfADateAtATime(StockReconProcess stockrecon) {
        Started first = stockrecon.start(command(D)).awaitOutput("step readCatalog:");
        first.pause();
        Result second;
        Result otherDate;
        try {
            Started sameDate = stockrecon.start(command(D));
            Started nextDate = stockrecon.start(smallCommand(D.plusDays(1)));
            second = sameDate.finish();
            otherDate = nextDate.finish();
        } finally {
            first.resume();
        }
        Result firstResult = first.finish();

        assertThat(second.exitCode()).as(second.toString()).isEqualTo(3);
        assertThat(second.stderrLines()).containsExactly(
                "stockrecon: another run of reconciliation for " + D + " is in progress; not started");
        assertThat(second.stdout()).doesNotContain("step ");
        assertThat(otherDate.exitCode()).as(otherDate.toString()).isZero();
        assertThat(work.resolve("reports").resolve(D.plusDays(1).toString())).isDirectory();
        assertThat(firstResult.exitCode()).as(firstResult.toString()).isZero();
        assertThat(work.resolve("reports").resolve(D.toString())).isDirectory();
        assertThat(stockrecon.jobExecutionStatuses()).containsExactly("COMPLETED", "COMPLETED");
    }

    /** The run to pause: big enough to be caught in the middle. */
    private static String[] command(LocalDate date) {
        return new String[] {"reconcile", "--input", LargeInputs.shared(D).toString(), "--reports", "reports",
                "--date", date.toString()};
    }

    /** A run that is not paused: small, it only has to complete. */
    private String[] smallCommand(LocalDate date) {
        Path input = work.resolve("small-input");
        if (!Files.isDirectory(input)) {
            Fixtures.copy("worked-examples", input);
        }
        return new String[] {"reconcile", "--input", input.toString(), "--reports", "reports", "--date",
                date.toString()};
    }
}
