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
 * Work tables are UNLOGGED on PostgreSQL: a server crash empties them. A restarted step must notice
 * that its staged work is gone and redo it rather than trust its ledger entry, and the reports must
 * still be those of an uninterrupted run. (One test: the run of this job and date is this
 * schema's, and its uninterrupted twin is shared with {@link RestartAfterFailureJobTest}.)
 */
class LostStagedWorkOnPostgresTest extends JobTestSupport {

    /** A schema of this class's own (a context shared with other classes would have run this job and date). */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }

    private static final String JOB = "restart-counts";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStepWhoseTableWasEmptiedIsRedoneOnRestart() throws IOException {
        Path input = failInCounts();
        String sales = "r" + runId() + "_sales";
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + sales, Long.class)).isPositive();
        jdbc.execute("TRUNCATE TABLE " + sales);

        RunOutcome restarted = reconcile(input);

        assertThat(restarted.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(RestartAfterFailureJobTest.exitCodes(restarted))
                .containsEntry("readCatalog", StagedStep.REUSED)
                .containsEntry("runPartition:readInTransit", StagedStep.REUSED)
                .containsEntry("runPartition:readSales", "COMPLETED");
        assertSameAsUninterrupted();
    }

    /** A run that staged everything up to the counts step and failed there on a broken counts.csv. */
    private Path failInCounts() throws IOException {
        Path input = Fixtures.copy(RestartAfterFailureJobTest.FIXTURE, work.resolve("input"));
        Path original = RestartAfterFailureJobTest.breakCounts(input, work);
        assertThat(reconcile(input).result()).isEqualTo(RunOutcome.Result.FAILED);
        RestartAfterFailureJobTest.restoreCounts(original, input);
        return input;
    }

    private RunOutcome reconcile(Path input) {
        return launcher.reconcile(new RunRequest(JOB, RestartAfterFailureJobTest.D, input,
                work.resolve("reports"), policy(Map.of()), false));
    }

    private long runId() {
        return jdbc.queryForObject("SELECT run_id FROM recon_run WHERE job_name = ?", Long.class, JOB);
    }

    private void assertSameAsUninterrupted() {
        UninterruptedRuns.assertSameReports(reportFolder(RestartAfterFailureJobTest.D), UninterruptedRuns.reports(
                Fixtures.source(RestartAfterFailureJobTest.FIXTURE), JOB, RestartAfterFailureJobTest.D));
    }
}
