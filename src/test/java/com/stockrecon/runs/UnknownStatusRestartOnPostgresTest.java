package com.stockrecon.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.stockrecon.support.Fixtures;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.TestDatabases;
import com.stockrecon.support.UninterruptedRuns;

/**
 * When the database goes away while a step fails, its rollback fails too and Spring Batch records
 * the step and the job as UNKNOWN, which it refuses to restart. Every step checks its staged work
 * before reusing it, so such a run is restarted like a failed one.
 */
class UnknownStatusRestartOnPostgresTest extends JobTestSupport {

    /** A schema of this class's own (a context shared with other classes would have run this job and date). */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }

    private static final String JOB = "restart-counts";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunLeftInAnUnknownStateIsRestartedWhereItStopped() throws IOException {
        Path input = Fixtures.copy(RestartAfterFailureJobTest.FIXTURE, work.resolve("input"));
        Path original = RestartAfterFailureJobTest.breakCounts(input, work);
        assertThat(reconcile(input).result()).isEqualTo(RunOutcome.Result.FAILED);
        // what a failed rollback leaves behind (seen when the server ended the run's sessions)
        jdbc.update("UPDATE batch_step_execution SET status = 'UNKNOWN', exit_code = 'UNKNOWN' WHERE status = 'FAILED'");
        jdbc.update("UPDATE batch_job_execution SET status = 'UNKNOWN', exit_code = 'UNKNOWN'");
        RestartAfterFailureJobTest.restoreCounts(original, input);

        RunOutcome restarted = reconcile(input);

        assertThat(restarted.result()).as(restarted.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(RestartAfterFailureJobTest.exitCodes(restarted))
                .containsEntry("runPartition:readSales", StagedStep.REUSED)
                .containsEntry("readCounts", "COMPLETED");
        assertThat(jdbc.queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
                .containsExactly("FAILED", "COMPLETED");
        UninterruptedRuns.assertSameReports(reportFolder(RestartAfterFailureJobTest.D), UninterruptedRuns.reports(
                Fixtures.source(RestartAfterFailureJobTest.FIXTURE), JOB, RestartAfterFailureJobTest.D));
    }

    private RunOutcome reconcile(Path input) {
        return launcher.reconcile(new RunRequest(JOB, RestartAfterFailureJobTest.D, input,
                work.resolve("reports"), policy(Map.of()), false));
    }
}
