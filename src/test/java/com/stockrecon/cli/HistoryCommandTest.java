package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.stockrecon.runs.RunInterruption;
import com.stockrecon.runs.RunOutcome.Result;
import com.stockrecon.scheduling.support.CommandInThisJvm;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.H2JobTestSupport;
import com.stockrecon.support.LargeInputs;

/** {@code history}: one line per execution, newest first, with the run's counts on the execution that completed it. */
class HistoryCommandTest extends H2JobTestSupport {

    private static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);
    private static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);
    private static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);

    @Autowired
    RunInterruption interruption;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void listsEveryExecutionNewestFirstWithCountsOnceARunCompleted() throws Exception {
        assertThat(reconcile(Fixtures.copy("worked-examples", work.resolve("nov24")), NOV_24).result())
                .isEqualTo(Result.COMPLETED);
        Path generated = LargeInputs.write(work.resolve("nov25"), NOV_25, 6000, 1000);
        interruption.request();
        try {
            assertThat(reconcile(generated, NOV_25).result()).isEqualTo(Result.STOPPED);
        } finally {
            interruption.clear();
        }
        assertThat(reconcile(generated, NOV_25).result()).isEqualTo(Result.COMPLETED);
        Path broken = Fixtures.copy("worked-examples", work.resolve("nov26"));
        Files.delete(broken.resolve("catalog.csv"));
        assertThat(reconcile(broken, NOV_26).result()).isEqualTo(Result.FAILED);

        CommandInThisJvm.Result history = CommandInThisJvm.run(url, "sa", "history", "--job", job);
        CommandInThisJvm.Result latestTwo = CommandInThisJvm.run(url, "sa", "history", "--job", job, "--limit", "2");

        assertThat(history.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = history.stdout().lines().toList();
        assertThat(lines.get(0).split("\\s+")).containsExactly("date", "status", "start", "duration", "rows", "read",
                "alerts", "suggestions", "discrepancies", "rejects");
        assertThat(lines.subList(1, lines.size())).hasSize(4).satisfiesExactly(
                line -> assertThat(line).matches("2026-11-26 +FAILED +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +\\S+"
                        + "( +-){5}"),
                line -> assertThat(line).matches("2026-11-25 +COMPLETED +\\S+ \\S+ +\\S+ +[\\d,]+( +[\\d,]+){4}"),
                line -> assertThat(line).matches("2026-11-25 +STOPPED +\\S+ \\S+ +\\S+( +-){5}"),
                line -> assertThat(line).matches("2026-11-24 +COMPLETED +\\S+ \\S+ +\\S+ +29 +6 +3 +2 +0"));
        assertThat(latestTwo.stdout().lines().skip(1)).extracting(line -> line.split("\\s+")[1])
                .containsExactly("FAILED", "COMPLETED");
    }

    @Test
    void aJobThatNeverRanHasNoHistory() {
        CommandInThisJvm.Result history = CommandInThisJvm.run(url, "sa", "history", "--job", job);

        assertThat(history.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(history.stdout()).isEqualTo("No runs of job " + job + " yet.\n");
    }

    @Test
    void aLimitBelowOneIsBadUsage() {
        CommandInThisJvm.Result history = CommandInThisJvm.run(url, "sa", "history", "--limit", "0");

        assertThat(history.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(history.stderr()).contains("--limit must be at least 1");
    }
}
