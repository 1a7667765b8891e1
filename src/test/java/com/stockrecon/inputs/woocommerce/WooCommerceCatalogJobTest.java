package com.stockrecon.inputs.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
import com.stockrecon.support.H2JobTestSupport;
import com.stockrecon.support.ReportFiles;

import tools.jackson.databind.JsonNode;

/**
 * A WooCommerce product export read as it is, as the catalog and the on-hand stock: real exports
 * from WooCommerce itself, and one with the supplier meta columns.
 */
class WooCommerceCatalogJobTest extends H2JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);
    static final String EXPORT = "wc-product-export-24-11-2026-1764000000000.csv";
    static final CatalogSource SHOP = new CatalogSource(CatalogSource.Format.WOOCOMMERCE, "wc-product-export-*.csv",
            "SHOP", "SHOP");

    @Test
    void woocommercesImporterSampleAsItIs() {
        RunOutcome outcome = reconcile("layout-woocommerce-importer-sample", Map.of());

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(ReportFiles.rows(reportFolder(D).resolve("available_stock.csv")).subList(1, 2)).containsExactly(
                List.of("WOOLOGO", "SHOP", "5", "0", "0", "0", "5", "0.00", "50.00"));
        JsonNode sources = ReportFiles.summary(reportFolder(D)).path("sources");
        assertThat(sources.path(EXPORT + " (catalog)").toString()).isEqualTo("{\"read\":7,\"accepted\":1,\"rejected\":0,"
                + "\"ignored\":6,\"ignored_reasons\":{\"external_product\":1,\"grouped_product\":1,\"no_sku\":2,"
                + "\"variable_parent\":1,\"virtual_product\":1}}");
        assertThat(sources.path(EXPORT + " (on hand)").path("accepted").asLong()).isEqualTo(1);
        assertThat(sources.path(EXPORT + " (on hand)").path("ignored").asLong()).isEqualTo(6);
    }

    @Test
    void woocommercesDemoCatalogWithAByteOrderMarkAndNoManagedStock() {
        RunOutcome outcome = reconcile("layout-woocommerce-sample-products", Map.of());

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        List<Map<String, String>> stock = ReportFiles.records(reportFolder(D).resolve("available_stock.csv"));
        assertThat(stock).extracting(row -> row.get("sku")).containsExactly("Woo-beanie-logo", "Woo-tshirt-logo",
                "woo-beanie", "woo-belt", "woo-cap", "woo-hoodie-blue", "woo-hoodie-blue-logo", "woo-hoodie-green",
                "woo-hoodie-red", "woo-hoodie-with-logo", "woo-hoodie-with-pocket", "woo-hoodie-with-zipper",
                "woo-long-sleeve-tee", "woo-polo", "woo-sunglasses", "woo-tshirt", "woo-vneck-tee-blue",
                "woo-vneck-tee-green", "woo-vneck-tee-red");
        assertThat(stock).extracting(row -> row.get("on_hand")).containsOnly("0");
        JsonNode sources = ReportFiles.summary(reportFolder(D)).path("sources");
        assertThat(sources.path(EXPORT + " (catalog)").path("ignored_reasons").toString()).isEqualTo(
                "{\"external_product\":1,\"grouped_product\":1,\"variable_parent\":2,\"virtual_product\":2}");
        assertThat(sources.path(EXPORT + " (on hand)").path("ignored_reasons").path("stock_not_managed").asLong())
                .isEqualTo(19);
    }

    @Test
    void supplierMetaColumnsGiveTheSupplierAndItsTerms() {
        RunOutcome outcome = reconcile("layout-woocommerce", Map.of("max-reject-ratio", "0.25"));

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        Path reports = reportFolder(D);
        assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                .extracting(row -> row.get("sku") + ":" + row.get("supplier_id") + ":" + row.get("on_hand"))
                .containsExactly("LY-W1:ACME:25", "LY-W2-M:SHOP:0", "LY-W2-S:SHOP:3", "LY-W3:SHOP:0");
        assertThat(ReportFiles.rows(reports.resolve("purchase_suggestions.csv")).get(1))
                .as("lead time 5, MOQ 10, pack 5 and unit cost 2.50 from the meta columns")
                .containsExactly("ACME", "LY-W1", "55", "54.50", "25", "3.00", "5", "22.50", "2.50", "137.50");
        assertThat(ReportFiles.records(reports.resolve("alerts.csv")))
                .extracting(row -> row.get("sku") + ":" + row.get("tier") + ":" + row.get("reason"))
                .contains("LY-W1:LOW:available 25 <= low_threshold 30");
        assertThat(ReportFiles.rows(reports.resolve("rejects.csv"))).containsExactly(
                List.of("source", "line", "reason", "record"),
                List.of(EXPORT + " (catalog)", "8", "Meta: _supplier_lead_time: 'two' is not a whole number",
                        "107,simple,LY-W4,Lamp,1,1,8,,0,30,,ACME,two,,,"),
                List.of(EXPORT + " (on hand)", "5", "Stock: '-2' is negative",
                        "104,variation,LY-W2-M,Tee - M,1,onbackorder,-2,,1,12,LY-W2,,,,,"));
        JsonNode sources = ReportFiles.summary(reports).path("sources");
        assertThat(sources.path(EXPORT + " (on hand)").toString()).isEqualTo("{\"read\":7,\"accepted\":2,"
                + "\"rejected\":1,\"ignored\":4,\"ignored_reasons\":{\"no_sku\":1,\"stock_not_managed\":1,"
                + "\"unknown_sku\":1,\"variable_parent\":1}}");
    }

    @Test
    void withoutTheExportTheRunFailsNamingIt() throws IOException {
        Path input = Fixtures.copy("layout-woocommerce", work.resolve("input"));
        Files.delete(input.resolve(EXPORT));

        RunOutcome outcome = launcher.reconcile(new RunRequest(job, D, input, work.resolve("reports"),
                policy(Map.of()), false, new InputLayout(SHOP, null)));

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.FAILED);
        assertThat(outcome.message()).startsWith("wc-product-export-*.csv: required WooCommerce product export is"
                + " missing");
    }

    private RunOutcome reconcile(String fixture, Map<String, String> policy) {
        Path input = Fixtures.copy(fixture, work.resolve("input"));
        return launcher.reconcile(new RunRequest(job, D, input, work.resolve("reports"), policy(policy), false,
                new InputLayout(SHOP, null)));
    }
}
