package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.stockrecon.support.Fixtures;
import com.stockrecon.support.ReportFiles;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;

/**
 * {@code stockrecon reconcile} as cron runs it (README, "Exit codes"): 0 completed, also for a date
 * that had completed; 1 a failed run, with one line on stderr naming the file and column; 2 bad usage
 * or configuration. Real processes on an H2 file database of their own.
 */
class ReconcileCommandTest {

    static final String D = "2026-11-24";

    @TempDir
    Path work;

    private StockReconProcess stockrecon() {
        return StockReconProcess.in(work).onH2(work.resolve("db"));
    }

    private Path input(String fixture) {
        return Fixtures.copy(fixture, work.resolve("input"));
    }

    @Test
    void aCompletedRunExitsZeroAndSaysWhereTheReportsAreAndWhatTheyHold() {
        Path input = input("worked-examples");
        Path reports = work.resolve("reports").resolve(D);

        Result first = stockrecon().run("reconcile", "--input", input.toString(), "--reports", "reports", "--date", D);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stderr()).isEmpty();
        assertThat(first.stdout()).contains("Reconciled " + D + " (job reconciliation). Reports: " + reports,
                "Alerts: CRITICAL 4, LOW 0, WARNING 2", "Purchase suggestions: 3",
                "Discrepancies: MISSING_FROM_FEED 1, OVERSOLD 1", "Rejects: 0");
        assertThat(first.stdout()).containsPattern("sales\\.csv +8 +8 +0 +0");
        assertThat(ReportFiles.summary(reports).path("run_id").asString()).isEqualTo(D);

        Result again = stockrecon().run("reconcile", "--input", input.toString(), "--reports", "reports",
                "--date", D);

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("already completed", reports.toString(), "--rerun")
                .doesNotContain("step ");

        Result rerun = stockrecon().run("reconcile", "--input", input.toString(), "--reports", "reports",
                "--date", D, "--rerun");

        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.stdout()).contains("Reconciled " + D);
        assertThat(ReportFiles.summary(reports).path("run_id").asString()).isEqualTo(D + "-rerun1");
    }

    @Test
    void aMissingRequiredFileFailsTheRunWithOneLineNamingIt() {
        Result result = stockrecon().run("reconcile", "--input", input("cli-missing-file").toString(),
                "--reports", "reports", "--date", D);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).as(result.toString()).hasSize(1);
        assertThat(result.stderr()).startsWith("stockrecon: sales.csv: required file is missing");
        assertThat(work.resolve("reports").resolve(D)).doesNotExist();
    }

    @Test
    void aMissingColumnFailsTheRunWithOneLineNamingFileAndColumn() {
        Result result = stockrecon().run("reconcile", "--input", input("cli-missing-column").toString(),
                "--reports", "reports", "--date", D);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).as(result.toString())
                .containsExactly("stockrecon: on_hand.csv: required column 'quantity' is missing (header: sku,location,qty)");
        assertThat(work.resolve("reports").resolve(D)).doesNotExist();
    }

    @Test
    void stacktraceAddsTheStackTraceOfTheFailureAfterItsLine() {
        Result result = stockrecon().run("reconcile", "--input", input("cli-missing-column").toString(),
                "--reports", "reports", "--date", D, "--stacktrace");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines().get(0)).isEqualTo(
                "stockrecon: on_hand.csv: required column 'quantity' is missing (header: sku,location,qty)");
        assertThat(result.stderr()).contains("com.stockrecon.findings.InputFileException", "\tat com.stockrecon.");
    }

    @Test
    void aMissingInputFolderFailsWithOneLineNamingIt() {
        Result result = stockrecon().run("reconcile", "--input", "no-such-folder", "--date", D);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).containsExactly(
                "stockrecon: input folder not found: " + work.resolve("no-such-folder"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--frobnicate | Unknown option: '--frobnicate'",
            "--date 2026-13-01 | Invalid value for option '--date'",
            "-P window-days=abc | window-days: cannot use 'abc'",
            "-P window_dayz=21 | -P window_dayz: unknown policy key",
            "--zone Mars/Olympus | zone: cannot use 'Mars/Olympus'"})
    void badUsageExitsTwoNamingTheOption(String options, String problem) {
        Path input = input("worked-examples");
        String[] args = ("reconcile --input " + input + " --date " + D + " " + options).split(" ");

        Result result = stockrecon().run(args);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderrLines().get(0)).startsWith("stockrecon: ").contains(problem);
        assertThat(result.stderr()).doesNotContain("\tat ");
        assertThat(result.stdout()).doesNotContain("step ");
    }

    @Test
    void aJobDefinitionWithAnUnknownKeyExitsTwoNamingFileAndKey() throws IOException {
        Path jobs = Files.createDirectories(work.resolve("jobs"));
        Files.writeString(jobs.resolve("nightly.yml"), "input: input\ncolour: blue\n");

        Result result = stockrecon().run("reconcile", "--jobs", jobs.toString(), "--job", "nightly", "--date", D);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderrLines()).containsExactly(
                "stockrecon: " + jobs.resolve("nightly.yml") + ": unknown key 'colour'");
    }

    @Test
    void helpOfTheToolAndOfReconcileExitZero() {
        Result tool = stockrecon().run("--help");
        Result reconcile = stockrecon().run("reconcile", "--help");

        assertThat(tool.exitCode()).as(tool.toString()).isZero();
        assertThat(tool.stdout()).startsWith("Usage: stockrecon").contains("reconcile", "Exit codes: 0 completed");
        assertThat(reconcile.exitCode()).as(reconcile.toString()).isZero();
        assertThat(reconcile.stdout()).startsWith("Usage: stockrecon reconcile").contains("--rerun", "--date");
    }
}
