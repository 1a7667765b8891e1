package com.stockrecon.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.cli.ExitCodes;
import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.support.LargeInputs;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.support.StockReconProcess.Started;
import com.stockrecon.support.UninterruptedRuns;

/**
 * SIGTERM while a scheduled run is going: the run stops at a safe point and the process exits 4; the
 * next start of the scheduler finishes the run, reusing what was done, with the reports an
 * uninterrupted run publishes. On the default database, an H2 file shared through AUTO_SERVER.
 */
class SchedulerSigtermTest {

    private static final String JOB = "nightly";

    @TempDir
    Path work;

    @Test
    void sigtermStopsTheRunAndTheNextStartFinishesItWithTheReportsOfAnUninterruptedRun() {
        LocalDate date = LocalDate.now(ZoneOffset.UTC);
        Path input = LargeInputs.write(work.resolve("input"), date, 6000, 300_000);
        Path jobs = work.resolve("jobs");
        Path reports = work.resolve("reports");
        JobDefinitionFiles.write(jobs, JOB, input, reports, "0/2 * * * * ?", "UTC");

        Result firstStart;
        try (Started scheduler = stockrecon("first").start("schedule", "--jobs", jobs.toString())) {
            scheduler.awaitOutput("step readCatalog");
            scheduler.terminate();
            firstStart = scheduler.finish();
        }
        Result stopped = stockrecon("status").run("status", "--date", date.toString(), "--job", JOB, "--jobs",
                jobs.toString());
        // the next start must finish the run by itself: its cron no longer fires before 2099
        JobDefinitionFiles.write(jobs, JOB, input, reports, "0 0 0 1 1 ? 2099", "UTC");
        Result secondStart;
        try (Started scheduler = stockrecon("second").start("schedule", "--jobs", jobs.toString())) {
            scheduler.awaitOutput(date + ": completed in");
            scheduler.terminate();
            secondStart = scheduler.finish();
        }
        Result reference = StockReconProcess.in(work.resolve("reference")).onH2(work.resolve("reference-db"))
                .run("reconcile", "--date", date.toString(), "--job", JOB, "--jobs", jobs.toString(), "--reports",
                        work.resolve("reference-reports").toString());

        assertThat(firstStart.exitCode()).as(firstStart.stdout()).isEqualTo(ExitCodes.STOPPED);
        assertThat(firstStart.stdout()).contains(JOB + " " + date + ": stopped at a safe point")
                .doesNotContain("completed in");
        assertThat(stopped.exitCode()).as(stopped.stdout()).isEqualTo(ExitCodes.STOPPED);
        assertThat(stopped.stdout()).contains(JOB + " " + date + ": STOPPED");
        assertThat(secondStart.exitCode()).as(secondStart.toString()).isEqualTo(ExitCodes.OK);
        assertThat(secondStart.stdout()).contains("(trigger replaced)",
                JOB + " " + date + ": resuming the run a shutdown stopped",
                "step readCatalog: reused the intact work of an earlier attempt");
        assertThat(reference.exitCode()).as(reference.stderr()).isEqualTo(ExitCodes.OK);
        UninterruptedRuns.assertSameReports(reports.resolve(date.toString()),
                work.resolve("reference-reports").resolve(date.toString()));
    }

    /** Processes of one installation in {@code folder}, all on the H2 file database of the test. */
    private StockReconProcess stockrecon(String folder) {
        return StockReconProcess.in(work.resolve(folder)).onH2(work.resolve("db"));
    }
}
