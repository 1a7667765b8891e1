package com.stockrecon.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The page as text: escaping of everything from the inputs, one self-contained file, a bounded size. */
class ReportPageTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String STYLE = "</style><link rel=stylesheet href=http://example.com/x.css>";

    @Test
    void textFromTheInputsIsEscapedEverywhereItShows() {
        String page = ReportPage.render(figures(SCRIPT, IMAGE, STYLE, 3));

        assertThat(page).doesNotContain(SCRIPT, IMAGE, STYLE, "<script", "<img", "<link rel=stylesheet");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", "&lt;/style&gt;&lt;link rel=stylesheet");
        assertThat(page).as("escaped in the chart's labels and tooltips too")
                .contains("<title>SKU-0 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;: 0.00 days</title>");
    }

    @Test
    void controlCharactersAreDroppedAndAmpersandsEscaped() {
        assertThat(Html.text("A & B\u0000\u0007<")).isEqualTo("A &amp; B  &lt;");
        assertThat(Html.shortText("abcdef", 4)).isEqualTo("abc…");
        assertThat(Html.shortText("<<<<<<", 4)).isEqualTo("&lt;&lt;&lt;…");
    }

    @Test
    void thePageLoadsNothingAndRunsNothing() {
        String page = ReportPage.render(figures("Mug", "Cushion", "Sign", 3));

        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(page).contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " img-src data:\"", "<style>", "<svg");
        assertThat(page).doesNotContainIgnoringCase("<script").doesNotContain("src=\"http", "href=\"http", "@import",
                "url(");
    }

    @Test
    void everyChartAndTableIsThere() {
        String page = ReportPage.render(figures("Mug", "Cushion", "Sign", 3));

        assertThat(page).contains("Alerts per tier", "Discrepancies per type",
                "The 3 SKUs with the fewest days of supply", "The last 2 completed runs", "<h2>CRITICAL alerts</h2>",
                "<h2>Purchase suggestions per supplier</h2>", "<h2>Discrepancies</h2>",
                "<h2>Rejected rows per source</h2>", "1,234,567", "worth 9,876,543.21 at cost");
    }

    @Test
    void withAMillionSkusThePageStaysSmallAndPointsToTheCsvs() {
        PageFigures large = figures("A product name of a realistic length", "Cushion", "Sign",
                PageQueries.TABLE_ROWS);
        String page = ReportPage.render(large);

        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(600_000);
        assertThat(page).contains("The first 200 of 50,000 (fewest days of supply first); all of them in"
                + " <a href=\"alerts.csv\">alerts.csv</a>.");
    }

    /** Figures of a run with {@code rows} lines in each table, the names given on every one of them. */
    private static PageFigures figures(String alertName, String orderName, String supplierName, int rows) {
        Map<String, Long> tiers = new LinkedHashMap<>(Map.of("CRITICAL", 50_000L));
        tiers.put("LOW", 10L);
        tiers.put("WARNING", 0L);
        Map<String, Long> types = new LinkedHashMap<>();
        types.put("UNKNOWN_SKU", 70_000L);
        types.put("OVERSOLD", 1L);
        List<PageFigures.AlertLine> alerts = new ArrayList<>();
        List<PageFigures.OrderLine> orders = new ArrayList<>();
        List<PageFigures.DiscrepancyLine> discrepancies = new ArrayList<>();
        List<PageFigures.SkuDays> fewest = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            alerts.add(new PageFigures.AlertLine("SKU-" + i, alertName, "SUP1", i, "0.50", "days_of_supply 0.50 < 2"));
            orders.add(new PageFigures.OrderLine("SUP1", "SKU-" + i, orderName, 12, 3, "1.50", "30.00"));
            discrepancies.add(new PageFigures.DiscrepancyLine("UNKNOWN_SKU", "on_hand.csv", "", "X" + i, alertName,
                    "", alertName, "line " + i));
        }
        for (int i = 0; i < Math.min(rows, PageQueries.FEWEST_DAYS); i++) {
            fewest.add(new PageFigures.SkuDays("SKU-" + i, alertName, "SUP1", 0, "0.00", "CRITICAL"));
        }
        return new PageFigures("reconciliation", "2026-11-25", "2026-11-25", 1_234_567, 5_000_000,
                new BigDecimal("9876543.21"), tiers, types, Map.of("usable", 3L, "stale", 1L, "invalid", 0L,
                        "missing", 1L),
                List.of(new PageFigures.SourceRejects("feeds/" + supplierName + "/x.csv", 10, 2)), 2,
                List.of(new PageFigures.SupplierOrder("SUP1", supplierName, rows, 12L * rows, new BigDecimal("30.00"))),
                rows, new BigDecimal("30.00"), fewest,
                List.of(new TrendPoint("2026-11-24", 1, 2, 3), new TrendPoint("2026-11-25", 4, 5, 6)), alerts, orders,
                discrepancies);
    }
}
