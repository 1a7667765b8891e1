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
import com.stockrecon.support.ReportFiles;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.support.StockReconProcess.Started;
import com.stockrecon.support.TestDatabases;

/**
 * A scheduler killed with -9 during a run (power cut, OOM killer): the job store still holds the
 * fire it was executing, and the next scheduler to start on the database (this machine or another)
 * fires it again for the same date, which restarts the abandoned run and publishes its reports.
 */
class SchedulerKilledTest {

    private static final String JOB = "nightly";

    @TempDir
    Path work;

    @Test
    void theNextSchedulerRecoversTheFireOfAKilledOneForTheSameDate() {
        LocalDate date = LocalDate.now(ZoneOffset.UTC);
        Path input = LargeInputs.write(work.resolve("input"), date, 6000, 300_000);
        Path jobs = work.resolve("jobs");
        Path reports = work.resolve("reports");
        String database = TestDatabases.postgresUrl();
        JobDefinitionFiles.write(jobs, JOB, input, reports, "0/2 * * * * ?", "UTC");

        try (Started scheduler = StockReconProcess.in(work.resolve("killed")).onDatabase(database)
                .start("schedule", "--jobs", jobs.toString())) {
            scheduler.awaitOutput("step readCatalog");
            scheduler.kill();
        }
        // only the recovery of the killed fire can run the date now: the cron no longer fires before 2099
        JobDefinitionFiles.write(jobs, JOB, input, reports, "0 0 0 1 1 ? 2099", "UTC");
        Result next;
        try (Started scheduler = StockReconProcess.in(work.resolve("next")).onDatabase(database)
                .start("schedule", "--jobs", jobs.toString())) {
            scheduler.awaitOutput(date + ": completed in");
            scheduler.terminate();
            next = scheduler.finish();
        }

        assertThat(next.exitCode()).as(next.toString()).isEqualTo(ExitCodes.OK);
        assertThat(next.stdout()).contains(JOB + " " + date + ": fired again for a scheduler that died during it");
        assertThat(ReportFiles.summary(reports.resolve(date.toString())).path("run_id").asString())
                .isEqualTo(date.toString());
    }
}
