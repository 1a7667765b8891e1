package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.stockrecon.runs.RunInterruption;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunOutcome.Result;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.scheduling.support.CommandInThisJvm;
import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.LargeInputs;
import com.stockrecon.support.PostgresJobTestSupport;
import com.stockrecon.support.ReportFiles;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.TestDatabases;

/** {@code restart --date D}: finishes a stopped run like an uninterrupted one; says when there is nothing to restart. */
class RestartCommandTest extends PostgresJobTestSupport {

    private static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Autowired
    RunInterruption interruption;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void restartFinishesAStoppedRunWithTheReportsOfAnUninterruptedRun() {
        Path input = LargeInputs.write(work.resolve("input"), D, 6000, 50_000);
        RunOutcome stopped;
        interruption.request();
        try {
            stopped = reconcile(input, D);
        } finally {
            interruption.clear();
        }
        Path jobs = jobDefinition();

        StockReconProcess.Result restart = StockReconProcess.in(work.resolve("restart")).onDatabase(url)
                .run("restart", "--date", D.toString(), "--job", job, "--jobs", jobs.toString());
        RunOutcome uninterrupted = launcher.reconcile(new RunRequest(job + "-reference", D, input,
                work.resolve("reference"), policy(Map.of()), false));

        assertThat(stopped.result()).isEqualTo(Result.STOPPED);
        assertThat(restart.exitCode()).as(restart.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(restart.stdout()).contains("Restarting " + job + " for " + D + " (stopped after 1 attempt)",
                "Reconciled " + D);
        assertThat(uninterrupted.result()).isEqualTo(Result.COMPLETED);
        Path reference = work.resolve("reference").resolve(D.toString());
        assertThat(ReportFiles.csvContents(reportFolder(D))).isEqualTo(ReportFiles.csvContents(reference));
        assertThat(withoutJob(ReportFiles.summaryWithoutTimings(reportFolder(D)), job))
                .isEqualTo(withoutJob(ReportFiles.summaryWithoutTimings(reference), job + "-reference"));
    }

    @Test
    void aCompletedDateHasNothingToRestart() {
        assertThat(reconcile(Fixtures.copy("worked-examples", work.resolve("input")), D).result())
                .isEqualTo(Result.COMPLETED);

        CommandInThisJvm.Result restart = CommandInThisJvm.run(url, TestDatabases.POSTGRES_USER, "restart", "--date",
                D.toString(), "--job", job, "--jobs", jobDefinition().toString());

        assertThat(restart.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(restart.stdout()).startsWith("Nothing to restart: " + job + " for " + D + " completed at ")
                .contains("reports in " + reportFolder(D));
    }

    @Test
    void aDateThatNeverRanIsNotStartedByRestart() {
        CommandInThisJvm.Result restart = CommandInThisJvm.run(url, TestDatabases.POSTGRES_USER, "restart", "--date",
                D.toString(), "--job", job, "--jobs", jobDefinition().toString());

        assertThat(restart.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(restart.stderr()).contains("no run of " + job + " for " + D + " to restart");
        assertThat(reportFolder(D)).doesNotExist();
    }

    private Path jobDefinition() {
        Path jobs = work.resolve("jobs");
        JobDefinitionFiles.write(jobs, job, work.resolve("input"), work.resolve("reports"), null, "UTC");
        return jobs;
    }

    private static String withoutJob(String summary, String jobName) {
        return summary.replace("\"job\":\"" + jobName + "\"", "\"job\":\"\"");
    }
}
