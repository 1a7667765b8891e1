package com.stockrecon.reports.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.stockrecon.reports.ReportFile;

/**
 * Draws {@code report.html}: one self-contained page (inline CSS and SVG, no script, no font or
 * image from elsewhere, a Content-Security-Policy that forbids loading anything) that reads on a
 * laptop and prints on A4. Every text from the inputs is escaped.
 */
final class ReportPage {

    static final String CRITICAL = "#c62828";
    static final String LOW = "#ef6c00";
    static final String WARNING = "#f9a825";
    static final String NEUTRAL = "#546e7a";
    private static final int SUPPLIERS_WITH_LINES = 30;

    private static final String STYLE = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 1180px; padding: 24px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2933; background: #fff; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #e4e7eb; padding-bottom: 4px; }
            h3 { font-size: 15px; margin: 16px 0 6px; }
            p { margin: 4px 0 8px; }
            a { color: #1565c0; }
            .muted, .muted text { color: #616e7c; fill: #616e7c; }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 16px 0; }
            .card { border: 1px solid #d9dee3; border-radius: 6px; padding: 10px 12px; break-inside: avoid; }
            .card .value { font-size: 22px; font-weight: 600; }
            .card .label { color: #52606d; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
            .card .detail { font-size: 12px; color: #52606d; }
            .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; }
            figure { margin: 0; break-inside: avoid; }
            figcaption { font-weight: 600; margin: 8px 0 4px; }
            svg.chart { max-width: 100%; height: auto; font-size: 12px; fill: #1f2933; }
            svg .grid { stroke: #e4e7eb; stroke-width: 1; }
            table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 13px; }
            th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
            th { background: #f5f7fa; font-weight: 600; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr { break-inside: avoid; }
            .tier { font-weight: 600; }
            .CRITICAL { color: #c62828; } .LOW { color: #b45309; } .WARNING { color: #8d6e00; }
            .files a { margin-right: 12px; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11px; }
              .pair { display: block; }
              h2 { break-after: avoid; }
              a { color: inherit; text-decoration: none; }
              thead { display: table-header-group; }
            }
            """;

    private final PageFigures figures;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private ReportPage(PageFigures figures) {
        this.figures = figures;
    }

    static String render(PageFigures figures) {
        return new ReportPage(figures).page();
    }

    private String page() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src")
                .append(" 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>StockRecon ").append(Html.text(figures.businessDate())).append(" — ")
                .append(Html.text(figures.jobName())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        header();
        headline();
        charts();
        criticalAlerts();
        suggestions();
        discrepancies();
        rejectsAndFeeds();
        out.append("<p class=\"muted\">Written by StockRecon with the reports of run ")
                .append(Html.text(figures.runLabel())).append(". Tables show at most ")
                .append(PageQueries.TABLE_ROWS).append(" rows; the CSV files and reports.xlsx hold every row.</p>\n");
        return out.append("</body>\n</html>\n").toString();
    }

    private void header() {
        out.append("<header>\n<h1>Stock reconciliation ").append(Html.text(figures.businessDate())).append("</h1>\n")
                .append("<p class=\"muted\">Job ").append(Html.text(figures.jobName())).append(" · run ")
                .append(Html.text(figures.runLabel())).append("</p>\n<p class=\"files\">");
        for (ReportFile report : ReportFile.ALL) {
            link(report.fileName());
        }
        link("reports.xlsx");
        link("summary.json");
        out.append("</p>\n</header>\n");
    }

    private void link(String file) {
        out.append("<a href=\"").append(Html.text(file)).append("\">").append(Html.text(file)).append("</a>");
    }

    private void headline() {
        Map<String, Long> tiers = figures.alertsPerTier();
        Map<String, Long> feeds = figures.feedsPerStatus();
        out.append("<section class=\"cards\">\n");
        card("SKUs", Html.count(figures.skus()), "in the catalog");
        card("Available units", Html.count(figures.availableUnits()),
                "worth " + Html.money(figures.availableValue()) + " at cost");
        card("Alerts", Html.count(figures.alerts()), tierDetail(tiers));
        card("Purchase suggestions", Html.count(figures.suggestions()),
                Html.money(figures.suggestionsCost()) + " at cost, " + Html.count(figures.suppliers().size())
                        + " suppliers");
        card("Discrepancies", Html.count(figures.discrepancyCount()), typesDetail());
        card("Rejected rows", Html.count(figures.rejects()), "in rejects.csv");
        card("Supplier feeds", Html.count(feeds.getOrDefault("usable", 0L)) + " usable",
                Html.count(feeds.getOrDefault("stale", 0L)) + " stale · " + Html.count(feeds.getOrDefault("invalid", 0L))
                        + " invalid · " + Html.count(feeds.getOrDefault("missing", 0L)) + " missing");
        out.append("</section>\n");
    }

    private static String tierDetail(Map<String, Long> tiers) {
        List<String> parts = new ArrayList<>();
        tiers.forEach((tier, count) -> parts.add("<span class=\"" + Html.text(tier) + "\">" + Html.count(count) + " "
                + Html.text(tier) + "</span>"));
        return String.join(" · ", parts);
    }

    private String typesDetail() {
        long kinds = figures.discrepanciesPerType().values().stream().filter(count -> count > 0).count();
        return Html.count(kinds) + " of " + figures.discrepanciesPerType().size() + " types";
    }

    private void card(String label, String value, String detailHtml) {
        out.append("<div class=\"card\"><div class=\"label\">").append(Html.text(label))
                .append("</div><div class=\"value\">").append(value).append("</div><div class=\"detail\">")
                .append(detailHtml).append("</div></div>\n");
    }

    private void charts() {
        out.append("<h2>At a glance</h2>\n<div class=\"pair\">\n");
        List<Bar> tiers = new ArrayList<>();
        figures.alertsPerTier().forEach((tier, count) -> tiers.add(new Bar(tier, count, Html.count(count),
                tierColor(tier))));
        figure("Alerts per tier", BarChart.svg("Alerts per tier", tiers, 90));
        List<Bar> types = new ArrayList<>();
        figures.discrepanciesPerType().forEach((type, count) -> types.add(new Bar(type, count, Html.count(count),
                NEUTRAL)));
        figure("Discrepancies per type", BarChart.svg("Discrepancies per type", types, 150));
        out.append("</div>\n<div class=\"pair\">\n");
        List<Bar> fewest = new ArrayList<>();
        for (PageFigures.SkuDays sku : figures.fewestDays()) {
            String label = sku.sku() + (sku.name().isEmpty() ? "" : " " + sku.name());
            fewest.add(new Bar(label, Double.parseDouble(sku.daysOfSupply()), sku.daysOfSupply() + " days",
                    sku.tier() == null ? NEUTRAL : tierColor(sku.tier())));
        }
        figure("The " + figures.fewestDays().size() + " SKUs with the fewest days of supply",
                BarChart.svg("SKUs with the fewest days of supply", fewest, 300));
        figure("The last " + figures.trend().size() + " completed runs", TrendChart.svg(figures.trend()));
        out.append("</div>\n");
    }

    private void figure(String caption, String svg) {
        out.append("<figure><figcaption>").append(Html.text(caption)).append("</figcaption>\n").append(svg)
                .append("\n</figure>\n");
    }

    private static String tierColor(String tier) {
        return switch (tier) {
            case "CRITICAL" -> CRITICAL;
            case "LOW" -> LOW;
            case "WARNING" -> WARNING;
            default -> NEUTRAL;
        };
    }

    private void criticalAlerts() {
        long total = figures.alertsPerTier().getOrDefault("CRITICAL", 0L);
        out.append("<h2>CRITICAL alerts</h2>\n");
        shown(figures.criticalAlerts().size(), total, "alerts.csv", "fewest days of supply first");
        if (figures.criticalAlerts().isEmpty()) {
            return;
        }
        out.append("<table>\n<thead><tr><th>SKU</th><th>Product</th><th>Supplier</th><th class=\"n\">Available</th>")
                .append("<th class=\"n\">Days of supply</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (PageFigures.AlertLine alert : figures.criticalAlerts()) {
            out.append("<tr><td>").append(Html.text(alert.sku())).append("</td><td>").append(Html.text(alert.name()))
                    .append("</td><td>").append(Html.text(alert.supplierId())).append("</td><td class=\"n\">")
                    .append(Html.count(alert.available())).append("</td><td class=\"n\">")
                    .append(Html.text(alert.daysOfSupply())).append("</td><td>").append(Html.text(alert.reason()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void suggestions() {
        out.append("<h2>Purchase suggestions per supplier</h2>\n");
        if (figures.suppliers().isEmpty()) {
            out.append("<p class=\"muted\">No purchase suggestions.</p>\n");
            return;
        }
        out.append("<p class=\"muted\">").append(Html.count(figures.suggestions())).append(" lines, ")
                .append(Html.money(figures.suggestionsCost()))
                .append(" at cost; suppliers by cost of their order. Every line is in <a href=\"")
                .append(ReportFile.PURCHASE_SUGGESTIONS.fileName()).append("\">")
                .append(ReportFile.PURCHASE_SUGGESTIONS.fileName()).append("</a>.</p>\n");
        out.append("<table>\n<thead><tr><th>Supplier</th><th>Name</th><th class=\"n\">Lines</th>")
                .append("<th class=\"n\">Units</th><th class=\"n\">Cost</th></tr></thead>\n<tbody>\n");
        for (PageFigures.SupplierOrder supplier : figures.suppliers()) {
            out.append("<tr><td>").append(Html.text(supplier.supplierId())).append("</td><td>")
                    .append(Html.text(supplier.name())).append("</td><td class=\"n\">")
                    .append(Html.count(supplier.lines())).append("</td><td class=\"n\">")
                    .append(Html.count(supplier.units())).append("</td><td class=\"n\">")
                    .append(Html.money(supplier.cost())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        Map<String, List<PageFigures.OrderLine>> bySupplier = new LinkedHashMap<>();
        for (PageFigures.SupplierOrder supplier : figures.suppliers()) {
            if (bySupplier.size() < SUPPLIERS_WITH_LINES) {
                bySupplier.put(supplier.supplierId(), new ArrayList<>());
            }
        }
        for (PageFigures.OrderLine line : figures.orderLines()) {
            List<PageFigures.OrderLine> lines = bySupplier.get(line.supplierId());
            if (lines != null) {
                lines.add(line);
            }
        }
        for (PageFigures.SupplierOrder supplier : figures.suppliers()) {
            List<PageFigures.OrderLine> lines = bySupplier.get(supplier.supplierId());
            if (lines == null) {
                continue;
            }
            out.append("<h3>").append(Html.text(supplier.supplierId()))
                    .append(supplier.name().isEmpty() ? "" : " · " + Html.text(supplier.name())).append("</h3>\n");
            out.append("<p class=\"muted\">").append(lines.size() < supplier.lines()
                    ? "The " + lines.size() + " largest of " + Html.count(supplier.lines()) + " lines."
                    : Html.count(supplier.lines()) + (supplier.lines() == 1 ? " line." : " lines, largest first."))
                    .append("</p>\n");
            out.append("<table>\n<thead><tr><th>SKU</th><th>Product</th><th class=\"n\">Order</th>")
                    .append("<th class=\"n\">Available</th><th class=\"n\">Sold a day</th>")
                    .append("<th class=\"n\">Line cost</th></tr></thead>\n<tbody>\n");
            for (PageFigures.OrderLine line : lines) {
                out.append("<tr><td>").append(Html.text(line.sku())).append("</td><td>").append(Html.text(line.name()))
                        .append("</td><td class=\"n\">").append(Html.count(line.orderQty()))
                        .append("</td><td class=\"n\">").append(Html.count(line.available()))
                        .append("</td><td class=\"n\">").append(Html.text(line.velocity()))
                        .append("</td><td class=\"n\">").append(Html.text(line.lineCost())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (figures.suppliers().size() > SUPPLIERS_WITH_LINES) {
            out.append("<p class=\"muted\">Lines of the other ")
                    .append(Html.count(figures.suppliers().size() - SUPPLIERS_WITH_LINES)).append(" suppliers are in ")
                    .append(ReportFile.PURCHASE_SUGGESTIONS.fileName()).append(".</p>\n");
        }
    }

    private void discrepancies() {
        out.append("<h2>Discrepancies</h2>\n");
        shown(figures.discrepancies().size(), figures.discrepancyCount(), "discrepancies.csv", "by type, supplier, sku");
        if (figures.discrepancies().isEmpty()) {
            return;
        }
        out.append("<table>\n<thead><tr><th>Type</th><th>Source</th><th>Supplier</th><th>SKU</th><th>Product</th>")
                .append("<th>Expected</th><th>Actual</th><th>Detail</th></tr></thead>\n<tbody>\n");
        for (PageFigures.DiscrepancyLine line : figures.discrepancies()) {
            out.append("<tr><td>").append(Html.text(line.type())).append("</td><td>")
                    .append(Html.shortText(line.source(), 60)).append("</td><td>").append(Html.text(line.supplierId()))
                    .append("</td><td>").append(Html.text(line.sku())).append("</td><td>").append(Html.text(line.name()))
                    .append("</td><td>").append(Html.shortText(line.expected(), 60)).append("</td><td>")
                    .append(Html.shortText(line.actual(), 60)).append("</td><td>")
                    .append(Html.shortText(line.detail(), 200)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void rejectsAndFeeds() {
        out.append("<h2>Rejected rows per source</h2>\n");
        if (figures.rejectsPerSource().isEmpty()) {
            out.append("<p class=\"muted\">No input row was rejected.</p>\n");
            return;
        }
        out.append("<p class=\"muted\">").append(Html.count(figures.rejects()))
                .append(" rows, each with its line, reason and text in <a href=\"rejects.csv\">rejects.csv</a>.</p>\n")
                .append("<table>\n<thead><tr><th>Source</th><th class=\"n\">Rows read</th>")
                .append("<th class=\"n\">Rejected</th></tr></thead>\n<tbody>\n");
        for (PageFigures.SourceRejects source : figures.rejectsPerSource()) {
            out.append("<tr><td>").append(Html.text(source.source())).append("</td><td class=\"n\">")
                    .append(Html.count(source.read())).append("</td><td class=\"n\">")
                    .append(Html.count(source.rejected())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void shown(int shown, long total, String file, String order) {
        out.append("<p class=\"muted\">");
        if (total == 0) {
            out.append("None.");
        } else if (shown < total) {
            out.append("The first ").append(Html.count(shown)).append(" of ").append(Html.count(total)).append(" (")
                    .append(order).append("); all of them in <a href=\"").append(file).append("\">").append(file)
                    .append("</a>.");
        } else {
            out.append(Html.count(total)).append(", ").append(order).append("; also in <a href=\"").append(file)
                    .append("\">").append(file).append("</a>.");
        }
        out.append("</p>\n");
    }
}
