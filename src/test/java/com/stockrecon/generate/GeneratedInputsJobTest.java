package com.stockrecon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.H2JobTestSupport;
import com.stockrecon.support.ReportFiles;

import tools.jackson.databind.JsonNode;

/** A generated set of 2,000 SKUs reconciled end to end: every kind of finding appears, every row is accounted for. */
class GeneratedInputsJobTest extends H2JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Test
    void aGeneratedSetReconcilesWithAlertsSuggestionsRejectsAndDiscrepancies() {
        Path input = work.resolve("input");
        GeneratedInputs generated = new SyntheticInputs(GenerationSettings.of(2_000, D)).writeTo(input);

        RunOutcome outcome = reconcile(input, D);

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        Path reports = reportFolder(D);
        assertThat(ReportFiles.records(reports.resolve("alerts.csv"))).extracting(row -> row.get("tier"))
                .contains("CRITICAL", "LOW", "WARNING");
        assertThat(ReportFiles.records(reports.resolve("purchase_suggestions.csv"))).hasSizeGreaterThan(100);
        assertThat(ReportFiles.records(reports.resolve("rejects.csv"))).extracting(row -> row.get("source"))
                .contains("catalog.csv", "on_hand.csv", "sales.csv", "feeds/SUP0003/stock_2026-11-24.csv");
        assertThat(ReportFiles.records(reports.resolve("discrepancies.csv"))).extracting(row -> row.get("type"))
                .containsAll(List.of(DiscrepancyType.UNKNOWN_SKU.name(), DiscrepancyType.FOREIGN_SKU.name(),
                        DiscrepancyType.MISSING_FEED.name(), DiscrepancyType.STALE_FEED.name(),
                        DiscrepancyType.INVALID_FEED.name(), DiscrepancyType.MISSING_FROM_FEED.name(),
                        DiscrepancyType.DUPLICATE_SKU.name(), DiscrepancyType.OVERSOLD.name(),
                        DiscrepancyType.COUNT_MISMATCH.name()));
        assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                .hasSize((int) generated.file("catalog.csv").orElseThrow().accepted());
    }

    @Test
    void everyRowIsAccountedForAsTheGeneratorWroteIt() {
        Path input = work.resolve("input");
        GeneratedInputs generated = new SyntheticInputs(GenerationSettings.of(2_000, D)).writeTo(input);

        assertThat(reconcile(input, D).result()).isEqualTo(RunOutcome.Result.COMPLETED);

        JsonNode sources = ReportFiles.summary(reportFolder(D)).path("sources");
        assertThat(sources.size()).isEqualTo(generated.files().size());
        for (FileTally tally : generated.files()) {
            JsonNode counts = sources.path(tally.source());
            assertThat(Map.of("read", counts.path("read").asLong(), "rejected", counts.path("rejected").asLong(),
                    "ignored", counts.path("ignored").asLong()))
                    .as(tally.source())
                    .isEqualTo(Map.of("read", tally.rows(), "rejected", tally.malformed(),
                            "ignored", tally.unknownSku() + tally.foreignSku()));
        }
    }
}
