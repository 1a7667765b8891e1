package com.stockrecon.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRegistry;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.staging.WorkTable;
import com.stockrecon.support.InputFolders;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.ReportFiles;

/**
 * Each discrepancy type of contract §4, one fixture per type, reconciled end to end; and the choice
 * of a supplier's current feed. The expected/actual/source columns follow the README's table.
 */
abstract class DiscrepancyTypesJobTest extends JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    private static final String[] KEY = {"type", "source", "supplier_id", "sku", "expected", "actual"};

    @Autowired
    private RunRegistry registry;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void unknownSkuIsReportedFromEveryStockSourceButOnlyCountedInSales() {
        Path reports = reconciled(D, Map.of(), "base", "unknown-sku");

        assertThat(discrepancies(reports, "UNKNOWN_SKU")).containsExactly(
                List.of("UNKNOWN_SKU", "on_hand.csv", "", "X1", "", "3"),
                List.of("UNKNOWN_SKU", "reservations.csv", "", "X2", "", "4"),
                List.of("UNKNOWN_SKU", "in_transit.csv", "", "X3", "", "6"),
                List.of("UNKNOWN_SKU", "counts.csv", "", "X4", "", "7"),
                List.of("UNKNOWN_SKU", "feeds/SUP1/stock.csv", "SUP1", "X5", "", "8"));
        assertThat(details(reports, "UNKNOWN_SKU")).containsExactly("line 5: sku is not in the catalog",
                "line 3: sku is not in the catalog", "line 3: sku is not in the catalog",
                "line 3: sku is not in the catalog", "line 4: sku is not in the catalog");
        var sales = ReportFiles.summary(reports).path("sources").path("sales.csv");
        assertThat(sales.path("ignored").asLong()).isEqualTo(1);
        assertThat(sales.path("ignored_reasons").path("unknown_sku").asLong()).isEqualTo(1);
        assertThat(stock(reports, "A").get("on_hand")).isEqualTo("100");
    }

    @Test
    void foreignSkuInAFeedIsReportedAndNotUsed() {
        Path reports = reconciled(D, Map.of(), "base", "foreign-sku");

        assertThat(discrepancies(reports, "FOREIGN_SKU")).containsExactly(
                List.of("FOREIGN_SKU", "feeds/SUP1/stock.csv", "SUP1", "C", "SUP2", "SUP1"));
        assertThat(stock(reports, "C").get("supplier_stock")).isEqualTo("3");
        assertThat(ReportFiles.summary(reports).path("sources").path("feeds/SUP1/stock.csv").path("ignored_reasons")
                .path("foreign_sku").asLong()).isEqualTo(1);
    }

    @Test
    void missingFeedOfASupplierWithCatalogSkus() {
        Path reports = reconciled(D, Map.of(), "base", "missing-feed");

        assertThat(discrepancies(reports, "MISSING_FEED")).containsExactly(
                List.of("MISSING_FEED", "feeds/SUP2", "SUP2", "", "", ""));
        assertThat(stock(reports, "C").get("supplier_stock")).isEqualTo("0");
        assertThat(discrepancies(reports, "MISSING_FROM_FEED")).isEmpty();
    }

    @Test
    void staleFeedIsMoreThanMaxAgeBeforeTheEndOfDAndASuppliersOwnMaxAgeWins() {
        Path reports = reconciled(D, Map.of(), "base", "stale-feed");

        // SUP1: exactly 48 hours (not stale). SUP2: 48 hours and a second. SUP3: 72 hours, its own limit
        // 72. SUP4: 25 hours, its own limit 24.
        assertThat(discrepancies(reports, "STALE_FEED")).extracting(row -> row.subList(0, 5)).containsExactly(
                List.of("STALE_FEED", "feeds/SUP2/stock.csv", "SUP2", "", "48"),
                List.of("STALE_FEED", "feeds/SUP4/stock.csv", "SUP4", "", "24"));
        assertThat(discrepancies(reports, "STALE_FEED").get(1).get(5)).isEqualTo("25.00");
        assertThat(supplierStock(reports)).containsExactly(Map.entry("A", "10"), Map.entry("B", "0"),
                Map.entry("C", "30"), Map.entry("E", "0"));
    }

    @Test
    void aDateTimeWithoutOffsetAndABareDateAreReadInTheConfiguredZone() {
        // In America/New_York the end of D is 2026-11-25T05:00Z: SUP1's 2026-11-23T00:00 (no offset) and
        // SUP3's bare 2026-11-23 are 48 hours before it; SUP2's 2026-11-23T00:00Z is 53 hours before it.
        Path reports = reconciled(D, Map.of("zone", "America/New_York"), "base", "stale-feed-zone");

        assertThat(discrepancies(reports, "STALE_FEED")).containsExactly(
                List.of("STALE_FEED", "feeds/SUP2/stock.csv", "SUP2", "", "48", "53.00"));
        assertThat(supplierStock(reports)).containsExactly(Map.entry("A", "10"), Map.entry("B", "0"),
                Map.entry("C", "30"));
    }

    @Test
    void invalidFeedHasMoreThanMaxRejectRatioOfItsRowsRejected() {
        // SUP1: 2 of 20 rows rejected. SUP2: 1 of 20, exactly 5%, still usable.
        Path reports = reconciled(D, Map.of(), "invalid-feed");

        assertThat(discrepancies(reports, "INVALID_FEED")).containsExactly(
                List.of("INVALID_FEED", "feeds/SUP1/stock.csv", "SUP1", "", "5.00%", "10.00%"));
        assertThat(stock(reports, "P01").get("supplier_stock")).isEqualTo("0");
        assertThat(stock(reports, "Q01").get("supplier_stock")).isEqualTo("1");
        assertThat(discrepancies(reports, "MISSING_FROM_FEED")).containsExactly(
                List.of("MISSING_FROM_FEED", "feeds/SUP2/stock.csv", "SUP2", "Q20", "", ""));
    }

    @Test
    void invalidFeedLacksItsAsOfColumn() {
        Path reports = reconciled(D, Map.of(), "base", "invalid-feed-without-as-of");

        assertThat(discrepancies(reports, "INVALID_FEED")).containsExactly(
                List.of("INVALID_FEED", "feeds/SUP1/stock.csv", "SUP1", "", "5.00%", "100.00%"));
        assertThat(details(reports, "INVALID_FEED")).singleElement().asString().contains("as_of");
        assertThat(ReportFiles.records(reports.resolve("rejects.csv")))
                .extracting(row -> row.get("source") + ":" + row.get("line"))
                .containsExactly("feeds/SUP1/stock.csv:2", "feeds/SUP1/stock.csv:3");
        assertThat(stock(reports, "A").get("supplier_stock")).isEqualTo("0");
        assertThat(discrepancies(reports, "MISSING_FROM_FEED")).isEmpty();
    }

    @Test
    void missingFromFeedIsACatalogSkuAbsentFromItsSuppliersUsableFeed() {
        Path reports = reconciled(D, Map.of(), "base", "missing-from-feed");

        assertThat(discrepancies(reports, "MISSING_FROM_FEED")).containsExactly(
                List.of("MISSING_FROM_FEED", "feeds/SUP1/stock.csv", "SUP1", "B", "", ""));
        assertThat(stock(reports, "B").get("supplier_stock")).isEqualTo("0");
    }

    @Test
    void duplicateSkuInTheCurrentFeedIsReportedOnceAndItsLastRowCounts() {
        Path reports = reconciled(D, Map.of(), "base", "duplicate-sku");

        assertThat(discrepancies(reports, "DUPLICATE_SKU")).containsExactly(
                List.of("DUPLICATE_SKU", "feeds/SUP1/stock.csv", "SUP1", "A", "1", "2"),
                List.of("DUPLICATE_SKU", "feeds/SUP1/stock.csv", "SUP1", "GHOST", "1", "2"));
        assertThat(details(reports, "DUPLICATE_SKU").get(0)).startsWith("2 rows, lines 2 to 4");
        assertThat(stock(reports, "A").get("supplier_stock")).isEqualTo("7");
    }

    @Test
    void qtyJumpComparesWithTheLastCompletedRunOfAnEarlierDate() {
        Path first = reconciled(LocalDate.of(2026, 11, 20), Map.of(), "base", "qty-jump-stock-100");
        Path jumped = reconciled(LocalDate.of(2026, 11, 21), Map.of(), "base", "qty-jump-stock-200");
        Path moved = reconciled(LocalDate.of(2026, 11, 22), Map.of(), "base", "qty-jump-stock-220");

        assertThat(discrepancies(first, "QTY_JUMP")).as("the first run ever has no baseline").isEmpty();
        assertThat(discrepancies(jumped, "QTY_JUMP")).containsExactly(
                List.of("QTY_JUMP", "feeds/SUP1/stock.csv", "SUP1", "A", "100", "200"));
        assertThat(discrepancies(moved, "QTY_JUMP")).as("220 is within 50% of 200").isEmpty();
    }

    @Test
    void qtyJumpIsNotMeasuredAgainstALaterDate() {
        reconciled(LocalDate.of(2026, 11, 22), Map.of(), "base", "qty-jump-stock-100");

        Path earlier = reconciled(LocalDate.of(2026, 11, 21), Map.of(), "base", "qty-jump-stock-500");

        assertThat(discrepancies(earlier, "QTY_JUMP")).isEmpty();
    }

    @Test
    void qtyJumpIsNotMeasuredAgainstAFailedRun() throws IOException {
        reconciled(LocalDate.of(2026, 11, 20), Map.of(), "base", "qty-jump-stock-100");
        // The run of 2026-11-21 reconciles (supplier stock 500) and then fails: its reports folder cannot be made.
        LocalDate failedDate = LocalDate.of(2026, 11, 21);
        Path notAFolder = Files.writeString(work.resolve("not-a-folder"), "a file");
        RunOutcome failed = launcher.reconcile(new RunRequest(job, failedDate,
                input(failedDate, "base", "qty-jump-stock-500"), notAFolder, policy(Map.of()), false));
        assertThat(failed.result()).isEqualTo(RunOutcome.Result.FAILED);
        long failedRun = registry.find(job, failedDate, 0).orElseThrow();
        assertThat(jdbc.queryForObject("SELECT supplier_stock FROM " + WorkTable.RESULT.in(failedRun)
                + " WHERE sku = 'A'", Long.class)).isEqualTo(500L);

        Path next = reconciled(LocalDate.of(2026, 11, 22), Map.of(), "base", "qty-jump-stock-110");

        assertThat(discrepancies(next, "QTY_JUMP")).as("110 against the completed 100, not the failed 500")
                .isEmpty();
    }

    @Test
    void oversoldWhenReservationsExceedWhatIsOnHandInTransitAndAtTheSupplier() {
        Path reports = reconciled(D, Map.of(), "base", "oversold");

        // A: 2 on hand, 7 reserved. B: 5 on hand + 5 in transit against 10 reserved nets to 0, not oversold.
        assertThat(discrepancies(reports, "OVERSOLD")).containsExactly(
                List.of("OVERSOLD", "reservations.csv", "SUP1", "A", "0", "-5"));
        assertThat(stock(reports, "A").get("available")).isEqualTo("0");
    }

    @Test
    void countMismatchHoldsEachCountAgainstOnHandAtThatLocation() {
        Path reports = reconciled(D, Map.of(), "base", "count-mismatch");

        assertThat(discrepancies(reports, "COUNT_MISMATCH")).containsExactly(
                List.of("COUNT_MISMATCH", "counts.csv", "SUP1", "A", "25", "20"),
                List.of("COUNT_MISMATCH", "counts.csv", "SUP2", "C", "0", "2"));
        assertThat(details(reports, "COUNT_MISMATCH")).allSatisfy(detail -> assertThat(detail).contains("location"));
        assertThat(details(reports, "COUNT_MISMATCH").get(0)).contains("WH1");
        assertThat(details(reports, "COUNT_MISMATCH").get(1)).contains("WH3");
    }

    @Test
    void theCurrentFeedIsTheFileWithTheLatestAsOfAndOnlyItCounts() {
        // a-newer.csv: rows as of the 22nd and the 24th 06:00, so the file is as of the 24th 06:00;
        // z-older.csv: as of the 24th 05:00, with an unknown and a repeated SKU that must not be reported,
        // and a bad row that is rejected all the same: every feed file is read and accounted for.
        Path reports = reconciled(D, Map.of(), "base", "current-feed-latest-as-of");

        assertThat(stock(reports, "A").get("supplier_stock")).isEqualTo("10");
        assertThat(stock(reports, "B").get("supplier_stock")).isEqualTo("20");
        assertThat(ReportFiles.records(reports.resolve("discrepancies.csv"))).isEmpty();
        var older = ReportFiles.summary(reports).path("sources").path("feeds/SUP1/z-older.csv");
        assertThat(List.of(older.path("read").asLong(), older.path("accepted").asLong(),
                older.path("rejected").asLong(), older.path("ignored").asLong())).containsExactly(5L, 3L, 1L, 1L);
        assertThat(ReportFiles.records(reports.resolve("rejects.csv")))
                .extracting(row -> row.get("source") + ":" + row.get("line"))
                .containsExactly("feeds/SUP1/z-older.csv:6");
    }

    @Test
    void ofTwoFeedsWithEqualAsOfTheGreaterFileNameIsCurrent() {
        Path reports = reconciled(D, Map.of(), "base", "current-feed-equal-as-of");

        assertThat(stock(reports, "A").get("supplier_stock")).isEqualTo("12");
        assertThat(stock(reports, "B").get("supplier_stock")).isEqualTo("22");
    }

    private Path input(LocalDate date, String... fixtures) {
        return InputFolders.of(work.resolve("input-" + date), fixtures);
    }

    /** Reconciles the fixtures for a date, which must complete, and returns the report folder. */
    private Path reconciled(LocalDate date, Map<String, String> policy, String... fixtures) {
        RunOutcome outcome = reconcile(input(date, fixtures), date, policy, false);
        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        return reportFolder(date);
    }

    /** Rows of one type in discrepancies.csv, in report order, as type, source, supplier_id, sku, expected, actual. */
    private static List<List<String>> discrepancies(Path reports, String type) {
        return ReportFiles.records(reports.resolve("discrepancies.csv")).stream()
                .filter(row -> row.get("type").equals(type))
                .map(row -> Arrays.stream(KEY).map(row::get).toList())
                .toList();
    }

    private static List<String> details(Path reports, String type) {
        return ReportFiles.records(reports.resolve("discrepancies.csv")).stream()
                .filter(row -> row.get("type").equals(type))
                .map(row -> row.get("detail"))
                .toList();
    }

    private static Map<String, String> stock(Path reports, String sku) {
        return ReportFiles.records(reports.resolve("available_stock.csv")).stream()
                .filter(row -> row.get("sku").equals(sku))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + sku + " in available_stock.csv"));
    }

    private static List<Map.Entry<String, String>> supplierStock(Path reports) {
        return ReportFiles.records(reports.resolve("available_stock.csv")).stream()
                .map(row -> Map.entry(row.get("sku"), row.get("supplier_stock")))
                .toList();
    }
}
