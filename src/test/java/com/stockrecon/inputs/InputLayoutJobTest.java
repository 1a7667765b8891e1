package com.stockrecon.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.H2JobTestSupport;
import com.stockrecon.support.InputFolders;
import com.stockrecon.support.ReportFiles;

/**
 * What canonical files may look like (contract §1): a BOM, CRLF line ends, header names in any case
 * and order with spaces around them, extra columns, numbers written with a zero fraction.
 */
class InputLayoutJobTest extends H2JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Test
    void aBomCrlfLineEndsAndHeadersInAnyCaseOrderAndSpacingAreRead() {
        // catalog.csv starts with a BOM before " SKU "; every file has CRLF line ends and a column
        // the contract does not name; a quoted cell spans two lines before a rejected row.
        Path input = InputFolders.of(work.resolve("input"), "base", "bom-crlf-header-any-case");

        RunOutcome outcome = reconcile(input, D, Map.of("max-reject-ratio", "1"), false);

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        Path reports = reportFolder(D);
        assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                .extracting(row -> List.of(row.get("sku"), row.get("on_hand"), row.get("velocity")))
                .containsExactly(List.of("A", "40", "1.00"), List.of("B", "0", "0.00"), List.of("C", "7", "0.00"));
        assertThat(ReportFiles.records(reports.resolve("rejects.csv")))
                .extracting(row -> List.of(row.get("source"), row.get("line"), row.get("record")))
                .containsExactly(List.of("catalog.csv", "5", ",Nut,grey,SUP2"),
                        List.of("on_hand.csv", "6", "x,WH1,B,bad"));
    }

    @Test
    void numbersWithAZeroFractionAreThoseWholeNumbers() {
        Path input = InputFolders.of(work.resolve("input"), "base", "zero-fraction-numbers");

        RunOutcome outcome = reconcile(input, D);

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        Path reports = reportFolder(D);
        assertThat(ReportFiles.records(reports.resolve("rejects.csv"))).isEmpty();
        assertThat(ReportFiles.rows(reports.resolve("available_stock.csv")).get(1))
                .containsExactly("A", "SUP1", "12", "3", "4", "2", "17", "3.00", "5.67");
        // lead 7.0, moq 20.00 and pack 10.0: 77.50 rounds up to 78, then to a whole pack of 10.
        assertThat(ReportFiles.rows(reports.resolve("purchase_suggestions.csv")).get(1))
                .containsExactly("SUP1", "A", "80", "77.50", "17", "3.00", "7", "31.50", "2.50", "200.00");
    }
}
