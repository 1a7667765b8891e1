package com.stockrecon.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;

import com.stockrecon.support.Fixtures;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.UninterruptedRuns;

/**
 * Contract §6: a run for D that failed is restarted from where it stopped, and its outputs equal
 * those of an uninterrupted run. A failure is injected into a middle step and into the last one,
 * the cause is put right, and the same request is made again.
 */
abstract class RestartAfterFailureJobTest extends JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);
    static final String FIXTURE = "restart-mid-job";

    @Test
    void aRunThatFailedInAMiddleStepRestartsThereAndPublishesTheUninterruptedReports() throws IOException {
        String job = "restart-counts";
        Path input = Fixtures.copy(FIXTURE, work.resolve("input"));
        Path original = breakCounts(input, work);

        RunOutcome failed = reconcile(job, input);

        assertThat(failed.result()).isEqualTo(RunOutcome.Result.FAILED);
        assertThat(failed.message()).contains("counts.csv", "counted_qty");
        assertThat(exitCodes(failed)).containsEntry("runPartition:readSales", "COMPLETED").containsEntry("readCounts", "FAILED")
                .doesNotContainKey("publish");
        assertThat(reportFolder(D)).doesNotExist();

        restoreCounts(original, input);
        RunOutcome restarted = reconcile(job, input);

        assertThat(restarted.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(exitCodes(restarted)).containsOnly(
                Map.entry("readCatalog", StagedStep.REUSED), Map.entry("readSources", StagedStep.REUSED),
                Map.entry("runPartition:readOnHand", StagedStep.REUSED),
                Map.entry("runPartition:readReservations", StagedStep.REUSED),
                Map.entry("runPartition:readInTransit", StagedStep.REUSED),
                Map.entry("runPartition:readSales", StagedStep.REUSED), Map.entry("readCounts", "COMPLETED"),
                Map.entry("readFeeds", "COMPLETED"), Map.entry("reconcile", "COMPLETED"),
                Map.entry("publish", "COMPLETED"));
        UninterruptedRuns.assertSameReports(reportFolder(D), UninterruptedRuns.reports(Fixtures.source(FIXTURE), job, D));
    }

    @Test
    void aRunWhosePublicationFailedRedoesOnlyThePublication() throws IOException {
        String job = "restart-publish";
        Path input = Fixtures.copy(FIXTURE, work.resolve("input"));
        Path reports = work.resolve("reports");
        Files.writeString(reports, "a file where the reports folder should be");

        RunOutcome failed = reconcile(job, input);

        assertThat(failed.result()).isEqualTo(RunOutcome.Result.FAILED);
        assertThat(failed.message()).contains(reports.toString());
        assertThat(exitCodes(failed)).containsEntry("reconcile", "COMPLETED").containsEntry("publish", "FAILED");

        Files.delete(reports);
        RunOutcome restarted = reconcile(job, input);

        assertThat(restarted.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        Map<String, String> steps = exitCodes(restarted);
        assertThat(steps).containsEntry("publish", "COMPLETED");
        steps.remove("publish");
        assertThat(steps).hasSize(9).allSatisfy((step, exit) -> assertThat(exit).as(step).isEqualTo(StagedStep.REUSED));
        UninterruptedRuns.assertSameReports(reportFolder(D), UninterruptedRuns.reports(Fixtures.source(FIXTURE), job, D));
    }

    /** Replaces counts.csv by one that lacks its counted_qty column; returns the original, moved to {@code aside}. */
    static Path breakCounts(Path input, Path aside) throws IOException {
        Path original = Files.move(input.resolve("counts.csv"), aside.resolve("counts.csv.original"));
        Files.writeString(input.resolve("counts.csv"), "sku,location,qty\nA1,WH1,25\n");
        return original;
    }

    /** Puts the original counts.csv back, as it was (same content and modification time). */
    static void restoreCounts(Path original, Path input) throws IOException {
        Files.move(original, input.resolve("counts.csv"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reconciles D as job {@code job}: each test has a job of its own, named like its uninterrupted twin's. */
    RunOutcome reconcile(String job, Path input) {
        return launcher.reconcile(new RunRequest(job, D, input, work.resolve("reports"), policy(Map.of()), false));
    }

    /** Exit code of each step of the outcome's execution: REUSED for a step whose staged work was intact. */
    static Map<String, String> exitCodes(RunOutcome outcome) {
        Map<String, String> codes = new HashMap<>();
        for (StepExecution step : outcome.execution().getStepExecutions()) {
            // a step with nothing to do (fetchFeeds without a supplier to fetch) ends NOOP: left out
            if (!ExitStatus.NOOP.getExitCode().equals(step.getExitStatus().getExitCode())) {
                codes.put(step.getStepName(), step.getExitStatus().getExitCode());
            }
        }
        return codes;
    }
}
