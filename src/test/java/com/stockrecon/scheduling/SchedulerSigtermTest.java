package com.stockrecon.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.cli.ExitCodes;
import com.stockrecon.scheduling.support.GeneratedInput;
import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.scheduling.support.StockReconProcess;
import com.stockrecon.scheduling.support.StockReconProcess.Result;
import com.stockrecon.support.ReportFiles;
import com.stockrecon.support.TestDatabases;

/**
 * SIGTERM while a scheduled run is going: the run stops at a safe point and the process exits 4; the
 * next start of the scheduler finishes the run, reusing what was done, with the reports an
 * uninterrupted run publishes. On the default database, an H2 file shared through AUTO_SERVER.
 */
class SchedulerSigtermTest {

    private static final String JOB = "nightly";
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @TempDir
    Path work;

    @Test
    void sigtermStopsTheRunAndTheNextStartFinishesItWithTheReportsOfAnUninterruptedRun() {
        LocalDate date = LocalDate.now(ZoneOffset.UTC);
        Path input = GeneratedInput.write(work.resolve("input"), date, 6000, 300_000);
        Path jobs = work.resolve("jobs");
        Path reports = work.resolve("reports");
        Map<String, String> database = StockReconProcess.database(TestDatabases.h2FileUrl(work.resolve("db")), "sa");
        JobDefinitionFiles.write(jobs, JOB, input, reports, "0/2 * * * * ?", "UTC");

        String firstStart;
        int firstExit;
        try (StockReconProcess scheduler = StockReconProcess.start(work.resolve("first"), database, "schedule",
                "--jobs", jobs.toString())) {
            scheduler.awaitOutput("step readCatalog", PATIENCE);
            scheduler.terminate();
            firstExit = scheduler.waitFor(PATIENCE);
            firstStart = scheduler.stdout();
        }
        Result stopped = StockReconProcess.run(work.resolve("status"), database, PATIENCE, "status", "--date",
                date.toString(), "--job", JOB, "--jobs", jobs.toString());
        // the next start must finish the run by itself: its cron no longer fires before 2099
        JobDefinitionFiles.write(jobs, JOB, input, reports, "0 0 0 1 1 ? 2099", "UTC");
        String secondStart;
        try (StockReconProcess scheduler = StockReconProcess.start(work.resolve("second"), database, "schedule",
                "--jobs", jobs.toString())) {
            scheduler.awaitOutput(date + ": completed in", PATIENCE);
            scheduler.terminate();
            assertThat(scheduler.waitFor(PATIENCE)).as(scheduler.output()).isEqualTo(ExitCodes.OK);
            secondStart = scheduler.stdout();
        }
        Result reference = StockReconProcess.run(work.resolve("reference"),
                StockReconProcess.database(TestDatabases.h2FileUrl(work.resolve("reference-db")), "sa"), PATIENCE,
                "reconcile", "--date", date.toString(), "--job", JOB, "--jobs", jobs.toString(), "--reports",
                work.resolve("reference-reports").toString());

        assertThat(firstExit).as(firstStart).isEqualTo(ExitCodes.STOPPED);
        assertThat(firstStart).contains(JOB + " " + date + ": stopped at a safe point")
                .doesNotContain("completed in");
        assertThat(stopped.exitCode()).as(stopped.stdout()).isEqualTo(ExitCodes.STOPPED);
        assertThat(stopped.stdout()).contains(JOB + " " + date + ": STOPPED");
        assertThat(secondStart).contains("(trigger replaced)", JOB + " " + date + ": resuming the run a shutdown stopped",
                "step readCatalog: reused the intact work of an earlier attempt");
        assertThat(reference.exitCode()).as(reference.stderr()).isEqualTo(ExitCodes.OK);
        Path published = reports.resolve(date.toString());
        Path uninterrupted = work.resolve("reference-reports").resolve(date.toString());
        assertThat(ReportFiles.csvContents(published)).isEqualTo(ReportFiles.csvContents(uninterrupted));
        assertThat(ReportFiles.summaryWithoutTimings(published))
                .isEqualTo(ReportFiles.summaryWithoutTimings(uninterrupted));
    }
}
