package com.stockrecon.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stockrecon.config.CatalogSource;
import com.stockrecon.config.InputLayout;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.ReportFiles;

/**
 * Supplier feeds in their own layouts, reconciled end to end: a Windows-1252 semicolon export with
 * a decimal comma, its own article numbers and a checked sidecar (NORD), a header-less tab file
 * dated by its name and completed by a marker (TABS), a feed whose checksum does not match (SHAX),
 * beside a canonical one (CAN). Two catalog SKUs of NORD with the same supplier_sku cannot be told
 * apart: the later one is rejected.
 */
abstract class MappedFeedsJobTest extends JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);
    static final String NORD_FEED = "feeds/NORD/Lagerbestand_24112026.csv";

    @Test
    void mappedFeedsGiveStockAndTheirFindingsNameTheOriginalFileAndLine() {
        Path input = Fixtures.copy("layout-mapped-feeds", work.resolve("input"));
        Path jobs = Fixtures.copy("layout-mapped-feeds-jobs", work.resolve("jobs"));

        RunOutcome outcome = launcher.reconcile(new RunRequest(job, D, input, work.resolve("reports"),
                policy(Map.of("max-reject-ratio", "0.25")), false,
                new InputLayout(CatalogSource.CANONICAL, jobs.resolve("suppliers"))));

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        Path reports = reportFolder(D);
        assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                .extracting(row -> row.get("sku") + ":" + row.get("supplier_stock"))
                .containsExactly("LY-C1:7", "LY-N1:1250", "LY-N2:90", "LY-N3:0", "LY-S1:0", "LY-T1:40", "LY-T2:0");
        assertThat(ReportFiles.rows(reports.resolve("rejects.csv"))).containsExactly(
                List.of("source", "line", "reason", "record"),
                List.of("catalog.csv", "9", "supplier_sku: '4711' of supplier NORD repeats line 3",
                        "LY-N4,Second Schraube,NORD,,,,,4711"),
                List.of(NORD_FEED, "6", "Menge: '12,5' has a fraction; a whole number is required",
                        "4713;\"Unterlegscheibe \u00D8 4,3; DIN 125\";12,5;24.11.2026 06:00"));
        assertThat(ReportFiles.records(reports.resolve("discrepancies.csv")))
                .extracting(row -> String.join(" | ", row.get("type"), row.get("source"), row.get("supplier_id"),
                        row.get("sku"), row.get("expected"), row.get("actual"), row.get("detail")))
                .containsExactly(
                        "DUPLICATE_SKU | " + NORD_FEED + " | NORD | LY-N2 | 1 | 2 | 2 rows, lines 5 to 8; the last row counts",
                        "INVALID_FEED | feeds/SHAX/stock.csv | SHAX |  | 25.00% | 0.00% | SHA-256 mismatch: the .sha256"
                                + " sidecar says 310e51f06db0ca5d5a53697c526172cb101af016a63c8dd8711ee3d4fb4a22b0, the file's"
                                + " digest is b1cb821d6d764e8f272eae3cee03e60e08e059fe496d7330e93c35de0334a1b4",
                        "MISSING_FROM_FEED | " + NORD_FEED + " | NORD | LY-N3 |  |  | not in the current feed "
                                + NORD_FEED + "; supplier_stock is 0",
                        "UNKNOWN_SKU | " + NORD_FEED + " | NORD | 9999 |  | 5 | line 7: no catalog sku of supplier NORD"
                                + " has this supplier_sku");
        var sources = ReportFiles.summary(reports).path("sources");
        assertThat(sources.path(NORD_FEED).toString())
                .isEqualTo("{\"read\":5,\"accepted\":3,\"rejected\":1,\"ignored\":1,\"ignored_reasons\":{\"unknown_sku\":1}}");
        assertThat(sources.path("feeds/TABS/bestand_20261124.tsv").path("accepted").asLong()).isEqualTo(2);
        assertThat(sources.has("feeds/TABS/bestand_20261125.tsv")).as("a feed without its .done marker is not read")
                .isFalse();
        assertThat(sources.has("feeds/NORD/Lagerbestand_25112026.csv.part")).isFalse();
    }
}
