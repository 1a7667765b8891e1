package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import com.stockrecon.runs.RunGuard;
import com.stockrecon.runs.RunInterruption;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunOutcome.Result;
import com.stockrecon.scheduling.support.CommandInThisJvm;
import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.LargeInputs;

/** {@code status --date D}: the latest run of the date, its steps and reports, and an exit code that says where it stands. */
abstract class StatusCommandTest extends JobTestSupport {

    private static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Autowired
    RunInterruption interruption;

    @Autowired
    RunGuard guard;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Test
    void aCompletedRunShowsItsReportsCountsAndSteps() {
        assertThat(reconcile(Fixtures.copy("worked-examples", work.resolve("input")), D).result())
                .isEqualTo(Result.COMPLETED);

        CommandInThisJvm.Result status = status();

        assertThat(status.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(status.stdout()).startsWith(job + " " + D + ": COMPLETED\n")
                .contains("  attempts   1\n", "  reports    " + reportFolder(D) + "\n",
                        "  counts     rows read 29, alerts 6, suggestions 3, discrepancies 2, rejects 0\n")
                .containsPattern("\\n    readCatalog +COMPLETED +COMPLETED +\\d+\\.\\ds\\n")
                .containsPattern("\\n    publish +COMPLETED +COMPLETED +\\d+\\.\\ds\\n");
    }

    @Test
    void aStoppedRunSaysRestartFinishesIt() {
        assertThat(stoppedRun().result()).isEqualTo(Result.STOPPED);

        CommandInThisJvm.Result status = status();

        assertThat(status.exitCode()).isEqualTo(ExitCodes.STOPPED);
        assertThat(status.stdout()).startsWith(job + " " + D + ": STOPPED (at a safe point; restart finishes it)\n")
                .contains("  reports    not published (would be " + reportFolder(D) + ")\n",
                        "  next       ./run.sh restart --date " + D + " --job " + job + "\n")
                .containsPattern("\\n    readCatalog +STOPPED +STOPPED ")
                .doesNotContain("counts");
    }

    @Test
    void aFailedRunNamesWhatFailed() throws Exception {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));
        Files.delete(input.resolve("sales.csv"));
        assertThat(reconcile(input, D).result()).isEqualTo(Result.FAILED);

        CommandInThisJvm.Result status = status();

        assertThat(status.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(status.stdout()).startsWith(job + " " + D + ": FAILED")
                .containsPattern("\\n  failure    .*sales\\.csv.*\\n");
    }

    @Test
    void aRunLeftRunningIsRunningWhileItsLockIsHeldAndAbandonedOtherwise() {
        RunOutcome stopped = stoppedRun();
        // what a process killed with -9 leaves behind: an execution that never ended
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ?", stopped.execution().getId());

        CommandInThisJvm.Result abandoned = status();
        Optional<RunGuard.Lease> lease = guard.tryAcquire(job, D);
        CommandInThisJvm.Result running;
        try {
            running = status();
        } finally {
            lease.ifPresent(RunGuard.Lease::close);
        }

        assertThat(abandoned.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(abandoned.stdout()).startsWith(job + " " + D + ": ABANDONED");
        assertThat(lease).isPresent();
        assertThat(running.exitCode()).as(running.stderr()).isEqualTo(ExitCodes.BUSY);
        assertThat(running.stdout()).startsWith(job + " " + D + ": RUNNING\n");
    }

    @Test
    void aDateThatNeverRanSaysSo() {
        CommandInThisJvm.Result status = status();

        assertThat(status.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(status.stdout()).isEqualTo(job + " " + D + ": no run\n");
    }

    private RunOutcome stoppedRun() {
        Path input = LargeInputs.write(work.resolve("input"), D, 6000, 1000);
        interruption.request();
        try {
            return reconcile(input, D);
        } finally {
            interruption.clear();
        }
    }

    private CommandInThisJvm.Result status() {
        Path jobs = work.resolve("jobs");
        JobDefinitionFiles.write(jobs, job, work.resolve("input"), work.resolve("reports"), null, "UTC");
        return CommandInThisJvm.run(url, user, "status", "--date", D.toString(), "--job", job, "--jobs",
                jobs.toString());
    }
}
