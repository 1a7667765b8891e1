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
import com.stockrecon.support.ReportFiles;
import com.stockrecon.support.TestDatabases;

/**
 * A scheduler killed with -9 during a run (power cut, OOM killer): the job store still holds the
 * fire it was executing, and the next scheduler to start on the database (this machine or another)
 * fires it again for the same date, which restarts the abandoned run and publishes its reports.
 */
class SchedulerKilledTest {

    private static final String JOB = "nightly";
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @TempDir
    Path work;

    @Test
    void theNextSchedulerRecoversTheFireOfAKilledOneForTheSameDate() {
        LocalDate date = LocalDate.now(ZoneOffset.UTC);
        Path input = GeneratedInput.write(work.resolve("input"), date, 6000, 300_000);
        Path jobs = work.resolve("jobs");
        Path reports = work.resolve("reports");
        Map<String, String> database = StockReconProcess.database(TestDatabases.postgresUrl(),
                TestDatabases.POSTGRES_USER);
        JobDefinitionFiles.write(jobs, JOB, input, reports, "0/2 * * * * ?", "UTC");

        try (StockReconProcess scheduler = StockReconProcess.start(work.resolve("killed"), database, "schedule",
                "--jobs", jobs.toString())) {
            scheduler.awaitOutput("step readCatalog", PATIENCE);
            scheduler.kill();
        }
        // only the recovery of the killed fire can run the date now: the cron no longer fires before 2099
        JobDefinitionFiles.write(jobs, JOB, input, reports, "0 0 0 1 1 ? 2099", "UTC");
        String output;
        try (StockReconProcess scheduler = StockReconProcess.start(work.resolve("next"), database, "schedule",
                "--jobs", jobs.toString())) {
            scheduler.awaitOutput(date + ": completed in", PATIENCE);
            scheduler.terminate();
            assertThat(scheduler.waitFor(PATIENCE)).as(scheduler.output()).isEqualTo(ExitCodes.OK);
            output = scheduler.stdout();
        }

        assertThat(output).contains(JOB + " " + date + ": fired again for a scheduler that died during it");
        assertThat(ReportFiles.summary(reports.resolve(date.toString())).path("run_id").asString())
                .isEqualTo(date.toString());
    }
}
