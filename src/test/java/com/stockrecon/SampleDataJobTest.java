package com.stockrecon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.stockrecon.reconciliation.AlertTier;
import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.H2JobTestSupport;
import com.stockrecon.support.ReportFiles;

import tools.jackson.databind.JsonNode;

/**
 * The committed sample-data/ reconciled the way its README tells a newcomer to: the previous day
 * (sample-data/previous-day/, 2026-11-24) first, so that QTY_JUMP has a baseline, then 2026-11-25.
 * The sample is there to show every case of the contract; this test keeps it doing so.
 */
class SampleDataJobTest extends H2JobTestSupport {

    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();
    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final List<String> CORE_FILES = List.of("suppliers.csv", "catalog.csv", "on_hand.csv",
            "reservations.csv", "in_transit.csv", "sales.csv", "counts.csv");
    static final BigDecimal MAX_REJECT_RATIO = new BigDecimal("0.05");

    @Test
    void theSampleShowsEveryAlertTierDiscrepancyTypeRoundingAndReject() {
        RunOutcome previousDay = reconcile(SAMPLE.resolve("previous-day"), D.minusDays(1));
        RunOutcome sampleDay = reconcile(SAMPLE, D);

        assertThat(previousDay.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(sampleDay.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(ReportFiles.summary(reportFolder(D.minusDays(1))).path("discrepancies").path("QTY_JUMP").asLong())
                .as("no earlier run, no QTY_JUMP").isZero();
        Path reports = reportFolder(D);
        everyAlertTierAndSkusWithoutAlert(reports);
        everyDiscrepancyType(reports);
        theNewerOfTwoFeedFilesIsCurrent(reports);
        suggestionsRaisedByTheMoqAndByPackRounding(reports);
        rejectsInEveryCoreFileButNoneOverTheLimit(reports);
    }

    private void everyAlertTierAndSkusWithoutAlert(Path reports) {
        List<Map<String, String>> alerts = ReportFiles.records(reports.resolve("alerts.csv"));
        Set<String> tiers = alerts.stream().map(row -> row.get("tier")).collect(Collectors.toSet());
        assertThat(tiers).containsExactlyInAnyOrderElementsOf(names(AlertTier.values()));
        Set<String> alerted = alerts.stream().map(row -> row.get("sku")).collect(Collectors.toSet());
        List<String> withoutAlert = ReportFiles.records(reports.resolve("available_stock.csv")).stream()
                .map(row -> row.get("sku")).filter(sku -> !alerted.contains(sku)).toList();
        assertThat(withoutAlert).hasSizeGreaterThan(alerted.size());
    }

    private void everyDiscrepancyType(Path reports) {
        Set<String> types = ReportFiles.records(reports.resolve("discrepancies.csv")).stream()
                .map(row -> row.get("type")).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrderElementsOf(names(DiscrepancyType.values()));
        JsonNode counts = ReportFiles.summary(reports).path("discrepancies");
        for (DiscrepancyType type : DiscrepancyType.values()) {
            assertThat(counts.path(type.name()).asLong()).as(type.name()).isPositive();
        }
    }

    private void theNewerOfTwoFeedFilesIsCurrent(Path reports) {
        JsonNode sources = ReportFiles.summary(reports).path("sources");
        assertThat(sources.has("feeds/BAKEWELL/stock_2026-11-24.csv")).isTrue();
        assertThat(ReportFiles.records(reports.resolve("discrepancies.csv")))
                .filteredOn(row -> row.get("type").equals("QTY_JUMP"))
                .extracting(row -> row.get("source"))
                .containsOnly("feeds/BAKEWELL/stock_2026-11-25.csv");
    }

    private void suggestionsRaisedByTheMoqAndByPackRounding(Path reports) {
        Map<String, Map<String, String>> catalog = ReportFiles.records(SAMPLE.resolve("catalog.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("sku"), Function.identity(), (first, later) -> first));
        List<Map<String, String>> suggestions = ReportFiles.records(reports.resolve("purchase_suggestions.csv"));
        // raw_qty is printed to two places: a gap of more than one unit is a raise whatever the digits cut off.
        assertThat(suggestions).as("order_qty = moq, more than a unit above raw_qty").anySatisfy(row -> {
            BigDecimal moq = number(catalog.get(row.get("sku")), "moq");
            assertThat(number(row, "order_qty")).isEqualByComparingTo(moq);
            assertThat(moq.subtract(number(row, "raw_qty"))).isGreaterThan(BigDecimal.ONE);
        });
        assertThat(suggestions).as("raw_qty >= moq, order_qty more than a unit above it in whole packs")
                .anySatisfy(row -> {
                    Map<String, String> terms = catalog.get(row.get("sku"));
                    BigDecimal pack = number(terms, "pack_size");
                    assertThat(pack).isGreaterThan(BigDecimal.ONE);
                    assertThat(number(row, "raw_qty")).isGreaterThanOrEqualTo(number(terms, "moq"));
                    assertThat(number(row, "order_qty").subtract(number(row, "raw_qty"))).isGreaterThan(BigDecimal.ONE);
                    assertThat(number(row, "order_qty").remainder(pack)).isZero();
                });
    }

    private void rejectsInEveryCoreFileButNoneOverTheLimit(Path reports) {
        JsonNode summary = ReportFiles.summary(reports);
        assertThat(summary.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(summary.path("rejects").asLong()).isPositive();
        for (String file : CORE_FILES) {
            JsonNode counts = summary.path("sources").path(file);
            long read = counts.path("read").asLong();
            long rejected = counts.path("rejected").asLong();
            assertThat(read).as(file).isEqualTo(counts.path("accepted").asLong() + rejected
                    + counts.path("ignored").asLong());
            if (!file.equals("suppliers.csv")) {
                assertThat(rejected).as(file + " rejects").isPositive();
            }
            assertThat(BigDecimal.valueOf(rejected)).as(file + " under max-reject-ratio")
                    .isLessThanOrEqualTo(MAX_REJECT_RATIO.multiply(BigDecimal.valueOf(read)));
        }
    }

    private static BigDecimal number(Map<String, String> row, String column) {
        String cell = row.get(column);
        return cell == null || cell.isEmpty() ? BigDecimal.ZERO : new BigDecimal(cell);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
