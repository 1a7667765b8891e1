package com.stockrecon.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.InputFolders;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.ReportFiles;

import tools.jackson.databind.JsonNode;

/**
 * The reports of contract §3: columns and row order of every CSV, formula guarding, the summary's
 * row accounting and counts, and the sales window's edges as they show in velocity.
 */
abstract class ReportsJobTest extends JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    /** report-order has one rejected row in four of its core files; the ratio rule is not under test here. */
    private static final Map<String, String> ANY_REJECT_RATIO = Map.of("max-reject-ratio", "0.5");

    @Test
    void everyReportHasTheContractsColumnsEvenWithoutRows() {
        Path reports = reconciled(Map.of(), "base");

        assertThat(header(reports, "available_stock.csv")).containsExactly("sku", "supplier_id", "on_hand",
                "in_transit", "supplier_stock", "reserved", "available", "velocity", "days_of_supply");
        assertThat(header(reports, "alerts.csv")).containsExactly("sku", "supplier_id", "tier", "available",
                "days_of_supply", "reason");
        assertThat(header(reports, "purchase_suggestions.csv")).containsExactly("supplier_id", "sku", "order_qty",
                "raw_qty", "available", "velocity", "lead_time_days", "safety_stock", "unit_cost", "line_cost");
        assertThat(header(reports, "discrepancies.csv")).containsExactly("type", "source", "supplier_id", "sku",
                "expected", "actual", "detail");
        assertThat(header(reports, "rejects.csv")).containsExactly("source", "line", "reason", "record");
        assertThat(ReportFiles.rows(reports.resolve("alerts.csv"))).hasSize(1);
        assertThat(ReportFiles.rows(reports.resolve("purchase_suggestions.csv"))).hasSize(1);
        assertThat(ReportFiles.rows(reports.resolve("rejects.csv"))).hasSize(1);
    }

    @Test
    void availableStockIsInSkuOrderByCodePoint() {
        Path reports = reconciled(ANY_REJECT_RATIO, "report-order");

        assertThat(body(reports, "available_stock.csv")).containsExactly(
                List.of("A", "SUP2", "10", "0", "0", "0", "10", "2.00", "5.00"),
                List.of("B10", "SUP1", "100", "0", "0", "0", "100", "0.00", "1000.00"),
                List.of("B9", "SUP2", "20", "0", "0", "0", "20", "0.00", "200.00"),
                List.of("Z", "SUP1", "3", "0", "0", "0", "3", "1.00", "3.00"),
                List.of("a", "SUP2", "12", "0", "0", "20", "0", "0.00", "0.00"),
                List.of("b", "SUP1", "0", "0", "0", "0", "0", "1.00", "0.00"));
    }

    @Test
    void alertsAreCriticalThenLowThenWarningThenBySku() {
        Path reports = reconciled(ANY_REJECT_RATIO, "report-order");

        assertThat(body(reports, "alerts.csv")).containsExactly(
                List.of("Z", "SUP1", "CRITICAL", "3", "3.00", "available 3 <= critical_threshold 5"),
                List.of("a", "SUP2", "CRITICAL", "0", "0.00",
                        "available 0 <= critical_threshold 5; days_of_supply 0.00 < 2"),
                List.of("b", "SUP1", "CRITICAL", "0", "0.00",
                        "available 0 <= critical_threshold 5; days_of_supply 0.00 < 2"),
                List.of("A", "SUP2", "LOW", "10", "5.00", "available 10 <= low_threshold 15; days_of_supply 5.00 < 7"),
                List.of("B9", "SUP2", "WARNING", "20", "200.00", "available 20 <= warning_threshold 30"));
    }

    @Test
    void purchaseSuggestionsAreBySupplierThenSku() {
        Path reports = reconciled(ANY_REJECT_RATIO, "report-order");

        assertThat(body(reports, "purchase_suggestions.csv")).containsExactly(
                List.of("SUP1", "Z", "11", "11.00", "3", "1.00", "0", "0.00", "1.00", "11.00"),
                List.of("SUP1", "b", "14", "14.00", "0", "1.00", "0", "0.00", "1.00", "14.00"),
                List.of("SUP2", "A", "18", "18.00", "10", "2.00", "0", "0.00", "1.00", "18.00"));
    }

    @Test
    void discrepanciesAreByTypeThenSupplierThenSku() {
        Path reports = reconciled(ANY_REJECT_RATIO, "report-order");

        // Types sort by name; within UNKNOWN_SKU the blank supplier (stock files) comes before a feed's,
        // and in_transit's W before on_hand's X although on hand is read first.
        assertThat(body(reports, "discrepancies.csv")).extracting(row -> row.subList(0, 6)).containsExactly(
                List.of("COUNT_MISMATCH", "counts.csv", "SUP2", "A", "10", "9"),
                List.of("FOREIGN_SKU", "feeds/SUP1/stock.csv", "SUP1", "B9", "SUP2", "SUP1"),
                List.of("MISSING_FEED", "feeds/SUP2", "SUP2", "", "", ""),
                List.of("MISSING_FROM_FEED", "feeds/SUP1/stock.csv", "SUP1", "B10", "", ""),
                List.of("MISSING_FROM_FEED", "feeds/SUP1/stock.csv", "SUP1", "Z", "", ""),
                List.of("OVERSOLD", "reservations.csv", "SUP2", "a", "0", "-8"),
                List.of("UNKNOWN_SKU", "in_transit.csv", "", "W", "", "2"),
                List.of("UNKNOWN_SKU", "on_hand.csv", "", "X", "", "4"),
                List.of("UNKNOWN_SKU", "feeds/SUP1/stock.csv", "SUP1", "ghost", "", "1"));
    }

    @Test
    void rejectsAreBySourceThenLine() {
        Path reports = reconciled(ANY_REJECT_RATIO, "report-order");

        assertThat(body(reports, "rejects.csv")).extracting(row -> List.of(row.get(0), row.get(1), row.get(3)))
                .containsExactly(
                        List.of("catalog.csv", "8", "Y,zero pack,SUP1,0,0,0,1.00"),
                        List.of("on_hand.csv", "8", "A,WH1,-1"),
                        List.of("sales.csv", "5", "2026-11-01,A,x"),
                        List.of("suppliers.csv", "4", "SUP1,Supplier One again,"));
    }

    @Test
    void textCellsThatASpreadsheetWouldRunGetALeadingApostropheAndNumbersDoNot() {
        Path reports = reconciled(Map.of("max-reject-ratio", "1"), "base", "formula-guard");

        assertThat(body(reports, "available_stock.csv")).extracting(row -> row.get(0)).containsExactly(
                "'+1", "'-7", "'-x", "'=HYPERLINK(\"http://example.com\",\"open\")", "'@x");
        assertThat(body(reports, "discrepancies.csv")).filteredOn(row -> row.get(0).equals("OVERSOLD"))
                .extracting(row -> row.subList(0, 6))
                .containsExactly(List.of("OVERSOLD", "reservations.csv", "SUP1", "'+1", "0", "-5"));
        assertThat(body(reports, "alerts.csv")).extracting(row -> row.get(0)).contains("'+1", "'=HYPERLINK("
                + "\"http://example.com\",\"open\")");
        assertThat(body(reports, "rejects.csv")).extracting(row -> List.of(row.get(0), row.get(1), row.get(3)))
                .containsExactly(List.of("on_hand.csv", "3", "'=1+1,WH1,-3"));
    }

    @Test
    void summaryAccountsForEveryRowOfEverySource() {
        Path reports = reconciled(ANY_REJECT_RATIO, "report-order");
        JsonNode summary = ReportFiles.summary(reports);

        JsonNode sources = summary.path("sources");
        assertThat(sources.propertyNames()).containsExactly("suppliers.csv", "catalog.csv", "on_hand.csv",
                "reservations.csv", "in_transit.csv", "sales.csv", "counts.csv", "feeds/SUP1/stock.csv");
        for (String source : sources.propertyNames()) {
            JsonNode counts = sources.path(source);
            long ignoredByReason = 0;
            for (String reason : counts.path("ignored_reasons").propertyNames()) {
                ignoredByReason += counts.path("ignored_reasons").path(reason).asLong();
            }
            assertThat(counts.path("read").asLong()).as(source + ": read = accepted + rejected + ignored")
                    .isEqualTo(counts.path("accepted").asLong() + counts.path("rejected").asLong()
                            + counts.path("ignored").asLong());
            assertThat(ignoredByReason).as(source + ": ignored by reason").isEqualTo(counts.path("ignored").asLong());
        }
        assertThat(accounting(sources, "suppliers.csv")).containsExactly(3L, 2L, 1L, 0L);
        assertThat(accounting(sources, "catalog.csv")).containsExactly(7L, 6L, 1L, 0L);
        assertThat(accounting(sources, "on_hand.csv")).containsExactly(7L, 5L, 1L, 1L);
        assertThat(accounting(sources, "in_transit.csv")).containsExactly(1L, 0L, 0L, 1L);
        assertThat(accounting(sources, "sales.csv")).containsExactly(4L, 3L, 1L, 0L);
        assertThat(accounting(sources, "feeds/SUP1/stock.csv")).containsExactly(3L, 1L, 0L, 2L);
        assertThat(sources.path("on_hand.csv").path("ignored_reasons").path("unknown_sku").asLong()).isEqualTo(1);
        assertThat(sources.path("feeds/SUP1/stock.csv").path("ignored_reasons").path("foreign_sku").asLong())
                .isEqualTo(1);
        assertThat(sources.path("feeds/SUP1/stock.csv").path("ignored_reasons").path("unknown_sku").asLong())
                .isEqualTo(1);
    }

    @Test
    void summaryCountsMatchTheReports() {
        Path reports = reconciled(ANY_REJECT_RATIO, "report-order");
        JsonNode summary = ReportFiles.summary(reports);

        assertThat(summary.path("run_id").asString()).isEqualTo("2026-11-24");
        assertThat(summary.path("business_date").asString()).isEqualTo("2026-11-24");
        assertThat(summary.path("status").asString()).isEqualTo("COMPLETED");
        for (String report : List.of("available_stock.csv", "alerts.csv", "purchase_suggestions.csv",
                "discrepancies.csv", "rejects.csv")) {
            assertThat(summary.path("outputs").path(report).path("rows").asLong()).as(report)
                    .isEqualTo(body(reports, report).size());
        }
        assertThat(summary.path("outputs").path("discrepancies.csv").path("rows").asLong()).isEqualTo(9);
        assertThat(summary.path("rejects").asLong()).isEqualTo(4);
        assertThat(counts(summary.path("alerts"))).containsExactly(Map.entry("CRITICAL", 3L), Map.entry("LOW", 1L),
                Map.entry("WARNING", 1L));
        assertThat(counts(summary.path("discrepancies"))).containsExactly(
                Map.entry("UNKNOWN_SKU", 3L), Map.entry("FOREIGN_SKU", 1L), Map.entry("MISSING_FEED", 1L),
                Map.entry("STALE_FEED", 0L), Map.entry("INVALID_FEED", 0L), Map.entry("MISSING_FROM_FEED", 2L),
                Map.entry("DUPLICATE_SKU", 0L), Map.entry("QTY_JUMP", 0L), Map.entry("OVERSOLD", 1L),
                Map.entry("COUNT_MISMATCH", 1L));
    }

    @Test
    void velocityCountsSalesFromDMinusWindowToTheDayBeforeD() {
        // A sold 14 on D-28 and 14 on D-1, and 1000 each on D-29 and D; B 10 and a return of 3; C 3.00.
        Path reports = reconciled(Map.of(), "base", "sales-window-edges");

        assertThat(body(reports, "available_stock.csv")).extracting(row -> row.get(0) + ":" + row.get(7))
                .containsExactly("A:1.00", "B:0.25", "C:0.11");
    }

    private Path reconciled(Map<String, String> policy, String... fixtures) {
        RunOutcome outcome = reconcile(InputFolders.of(work.resolve("input"), fixtures), D, policy, false);
        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        return reportFolder(D);
    }

    private static List<String> header(Path reports, String report) {
        return ReportFiles.rows(reports.resolve(report)).get(0);
    }

    private static List<List<String>> body(Path reports, String report) {
        List<List<String>> rows = ReportFiles.rows(reports.resolve(report));
        return rows.subList(1, rows.size());
    }

    private static List<Long> accounting(JsonNode sources, String source) {
        JsonNode counts = sources.path(source);
        return List.of(counts.path("read").asLong(), counts.path("accepted").asLong(), counts.path("rejected").asLong(),
                counts.path("ignored").asLong());
    }

    private static List<Map.Entry<String, Long>> counts(JsonNode byName) {
        List<Map.Entry<String, Long>> counts = new ArrayList<>();
        for (String name : byName.propertyNames()) {
            counts.add(Map.entry(name, byName.path(name).asLong()));
        }
        return counts;
    }
}
