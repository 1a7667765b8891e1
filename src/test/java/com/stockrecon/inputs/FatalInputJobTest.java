package com.stockrecon.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.H2JobTestSupport;
import com.stockrecon.support.InputFolders;
import com.stockrecon.support.ReportFiles;

/**
 * Input the run cannot go on without (contract §5): it fails with one message naming the file (and
 * column) and publishes no report folder. A bad supplier feed never fails the run.
 */
class FatalInputJobTest extends H2JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @ValueSource(strings = {"suppliers.csv", "catalog.csv", "on_hand.csv", "reservations.csv", "in_transit.csv",
            "sales.csv"})
    void aMissingRequiredFileFailsTheRunNamingIt(String file) throws IOException {
        Path input = InputFolders.of(work.resolve("input"), "base");
        Files.delete(input.resolve(file));

        RunOutcome outcome = reconcile(input, D);

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.FAILED);
        assertThat(outcome.message()).contains(file, "missing");
        assertNothingPublished();
    }

    @ParameterizedTest
    @CsvSource({"suppliers.csv, supplier_id", "catalog.csv, sku", "catalog.csv, supplier_id", "on_hand.csv, sku",
            "on_hand.csv, quantity", "reservations.csv, sku", "reservations.csv, quantity", "in_transit.csv, sku",
            "in_transit.csv, quantity", "sales.csv, date", "sales.csv, sku", "sales.csv, quantity",
            "counts.csv, sku", "counts.csv, location", "counts.csv, counted_qty"})
    void aMissingRequiredColumnFailsTheRunNamingTheFileAndColumn(String file, String column) throws IOException {
        Path input = InputFolders.of(work.resolve("input"), "base", "count-mismatch");
        dropColumn(input.resolve(file), column);

        RunOutcome outcome = reconcile(input, D);

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.FAILED);
        assertThat(outcome.message()).contains(file, "'" + column + "'", "missing");
        assertNothingPublished();
    }

    @Test
    void moreThanMaxRejectRatioOfACoreFileRejectedFailsTheRunNamingIt() {
        Path input = InputFolders.of(work.resolve("input"), "base", "on-hand-over-5-percent-rejected");

        RunOutcome outcome = reconcile(input, D);

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("on_hand.csv", "1 of 19 rows rejected", "line 20");
        assertNothingPublished();
    }

    @Test
    void exactlyMaxRejectRatioOfACoreFileRejectedDoesNotFailTheRun() {
        Path input = InputFolders.of(work.resolve("input"), "base", "on-hand-5-percent-rejected");

        RunOutcome outcome = reconcile(input, D);

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(ReportFiles.records(reportFolder(D).resolve("rejects.csv")))
                .extracting(row -> row.get("source") + ":" + row.get("line")).containsExactly("on_hand.csv:21");
    }

    @Test
    void aBadSupplierFeedNeverFailsTheRun() {
        // SUP1: every row rejected. SUP2: a feed without its as_of column, and an empty file.
        Path input = InputFolders.of(work.resolve("input"), "base", "feeds-all-broken");

        RunOutcome outcome = reconcile(input, D);

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(ReportFiles.records(reportFolder(D).resolve("discrepancies.csv")))
                .extracting(row -> row.get("type") + ":" + row.get("supplier_id"))
                .containsExactly("INVALID_FEED:SUP1", "INVALID_FEED:SUP2");
    }

    private void assertNothingPublished() {
        Path reports = work.resolve("reports");
        assertThat(Files.exists(reports.resolve(D.toString()))).isFalse();
        if (Files.isDirectory(reports)) {
            assertThat(reports.toFile().list()).isEmpty();
        }
    }

    /** Rewrites a simple CSV file (no quoted cells) without one of its columns. */
    private static void dropColumn(Path file, String column) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int index = Arrays.asList(lines.get(0).split(",", -1)).indexOf(column);
        assertThat(index).as(column + " in " + file).isNotNegative();
        List<String> without = lines.stream().map(line -> {
            String[] cells = line.split(",", -1);
            return IntStream.range(0, cells.length).filter(i -> i != index).mapToObj(i -> cells[i])
                    .collect(Collectors.joining(","));
        }).toList();
        Files.write(file, without);
    }
}
