package com.stockrecon.reports.page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import com.stockrecon.feeds.FeedsStep;
import com.stockrecon.reconciliation.AlertTier;
import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.reports.RunSummary;
import com.stockrecon.runs.RunContext;
import com.stockrecon.staging.WorkTable;

/**
 * Reads the page's figures from the run's work tables and, for the trend, from the run history.
 * Every list is a top-N query, so the page stays the same size at 10 SKUs and at 1M.
 */
final class PageQueries {

    /** Rows of each table on the page; the CSVs have the rest. */
    static final int TABLE_ROWS = 200;
    static final int FEWEST_DAYS = 20;
    static final int TREND_RUNS = 30;
    static final int LINES_PER_SUPPLIER = 10;
    static final int SUPPLIERS = 300;
    static final int SOURCES = 40;

    private static final String DAYS = "CAST(%s AS DECIMAL(20,2))";

    private final JdbcTemplate jdbc;

    PageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PageFigures read(RunContext run) {
        long id = run.runId();
        String result = WorkTable.RESULT.in(id);
        Map<String, Object> totals = jdbc.queryForMap("SELECT COUNT(*) AS skus, COALESCE(SUM(available), 0) AS units,"
                + " COALESCE(SUM(available * CAST(unit_cost AS DECIMAL(20,2))), 0) AS cost FROM " + result);
        List<Object> figures = new ArrayList<>(totals.values());
        Map<String, Long> tiers = zeros(enumNames(AlertTier.values()));
        jdbc.query("SELECT tier, COUNT(*) FROM " + WorkTable.ALERTS.in(id) + " GROUP BY tier",
                row -> {
                    tiers.put(row.getString(1), row.getLong(2));
                });
        Map<String, Long> types = zeros(enumNames(DiscrepancyType.values()));
        jdbc.query("SELECT type, COUNT(*) FROM " + WorkTable.DISCREPANCIES.in(id) + " GROUP BY type",
                row -> {
                    types.put(row.getString(1), row.getLong(2));
                });
        Map<String, Long> feeds = zeros(RunSummary.FEED_STATUSES);
        // a folder under feeds/ that names no catalog supplier and holds no feed is no supplier's missing feed
        jdbc.query("SELECT status, COUNT(*) FROM " + WorkTable.FEED_STATUS.in(id) + " WHERE status <> '"
                + FeedsStep.MISSING + "' OR supplier_id IN (SELECT supplier_id FROM " + WorkTable.CATALOG.in(id)
                + ") GROUP BY status", row -> {
                    feeds.put(row.getString(1).toLowerCase(Locale.ROOT), row.getLong(2));
                });
        List<PageFigures.SourceRejects> sources = jdbc.query("SELECT source, rows_read, rejected FROM "
                + WorkTable.SOURCES.in(id) + " WHERE rejected > 0 ORDER BY rejected DESC, source FETCH FIRST "
                + SOURCES + " ROWS ONLY", (row, n) -> new PageFigures.SourceRejects(row.getString(1), row.getLong(2),
                        row.getLong(3)));
        Long rejects = jdbc.queryForObject("SELECT COUNT(*) FROM " + WorkTable.REJECTS.in(id), Long.class);
        String suggestions = WorkTable.SUGGESTIONS.in(id);
        List<PageFigures.SupplierOrder> suppliers = jdbc.query("SELECT g.supplier_id, COALESCE(p.name, ''), g.lines,"
                + " g.units, g.cost FROM (SELECT supplier_id, COUNT(*) AS lines, SUM(order_qty) AS units,"
                + " SUM(CAST(line_cost AS DECIMAL(30,2))) AS cost FROM " + suggestions + " GROUP BY supplier_id) g"
                + " LEFT JOIN " + WorkTable.SUPPLIERS.in(id) + " p ON p.supplier_id = g.supplier_id"
                + " ORDER BY g.cost DESC, g.supplier_id FETCH FIRST " + SUPPLIERS + " ROWS ONLY",
                (row, n) -> new PageFigures.SupplierOrder(row.getString(1), row.getString(2), row.getLong(3),
                        row.getLong(4), row.getBigDecimal(5)));
        Map<String, Object> orderTotals = jdbc.queryForMap("SELECT COUNT(*) AS lines,"
                + " COALESCE(SUM(CAST(line_cost AS DECIMAL(30,2))), 0) AS cost FROM " + suggestions);
        List<Object> orders = new ArrayList<>(orderTotals.values());
        List<PageFigures.SkuDays> fewest = fewestDays(run);
        List<PageFigures.AlertLine> critical = jdbc.query("SELECT a.sku, COALESCE(r.name, ''), a.supplier_id,"
                + " a.available, a.days_of_supply, a.reason FROM " + WorkTable.ALERTS.in(id) + " a LEFT JOIN " + result
                + " r ON r.sku = a.sku WHERE a.tier = ? ORDER BY " + DAYS.formatted("a.days_of_supply")
                + ", a.available, a.sku FETCH FIRST " + TABLE_ROWS + " ROWS ONLY",
                (row, n) -> new PageFigures.AlertLine(row.getString(1), row.getString(2), row.getString(3),
                        row.getLong(4), row.getString(5), row.getString(6)), AlertTier.CRITICAL.name());
        List<PageFigures.OrderLine> lines = jdbc.query("SELECT supplier_id, sku, name, order_qty, available, velocity,"
                + " line_cost FROM (SELECT s.supplier_id, s.sku, COALESCE(r.name, '') AS name, s.order_qty,"
                + " s.available, s.velocity, s.line_cost, ROW_NUMBER() OVER (PARTITION BY s.supplier_id ORDER BY"
                + " CAST(s.line_cost AS DECIMAL(30,2)) DESC, s.sku) AS n FROM " + suggestions + " s LEFT JOIN "
                + result + " r ON r.sku = s.sku) x WHERE n <= " + LINES_PER_SUPPLIER,
                (row, n) -> new PageFigures.OrderLine(row.getString(1), row.getString(2), row.getString(3),
                        row.getLong(4), row.getLong(5), row.getString(6), row.getString(7)));
        List<PageFigures.DiscrepancyLine> discrepancies = jdbc.query("SELECT d.type, d.source, d.supplier_id, d.sku,"
                + " COALESCE(r.name, ''), d.expected, d.actual, d.detail FROM " + WorkTable.DISCREPANCIES.in(id)
                + " d LEFT JOIN " + result + " r ON r.sku = d.sku ORDER BY d.type, d.supplier_id, d.sku, d.source,"
                + " d.line FETCH FIRST " + TABLE_ROWS + " ROWS ONLY", (row, n) -> new PageFigures.DiscrepancyLine(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), row.getString(7), row.getString(8)));
        long alerts = tiers.values().stream().mapToLong(Long::longValue).sum();
        long discrepancyCount = types.values().stream().mapToLong(Long::longValue).sum();
        long suggestionCount = ((Number) orders.get(0)).longValue();
        List<TrendPoint> trend = trend(run, new TrendPoint(run.runLabel(), alerts, suggestionCount,
                discrepancyCount));
        return new PageFigures(run.jobName(), run.runLabel(), run.businessDate().toString(),
                ((Number) figures.get(0)).longValue(), ((Number) figures.get(1)).longValue(),
                decimal(figures.get(2)), tiers, types, feeds, sources, rejects == null ? 0 : rejects, suppliers,
                suggestionCount, decimal(orders.get(1)), fewest, trend, critical, lines, discrepancies);
    }

    /**
     * The SKUs with the fewest days of supply. Every SKU under critical-days is CRITICAL, so when the
     * CRITICAL ones alone give enough SKUs under it, no other SKU can be among them: sorting those
     * instead of every SKU takes seconds off a run of 1M SKUs on H2.
     */
    private List<PageFigures.SkuDays> fewestDays(RunContext run) {
        List<PageFigures.SkuDays> critical = fewestDays(run, " WHERE tier = '" + AlertTier.CRITICAL.name() + "'");
        if (critical.size() == FEWEST_DAYS && new BigDecimal(critical.get(FEWEST_DAYS - 1).daysOfSupply())
                .compareTo(run.policy().criticalDays()) < 0) {
            return critical;
        }
        return fewestDays(run, "");
    }

    private List<PageFigures.SkuDays> fewestDays(RunContext run, String where) {
        return jdbc.query("SELECT sku, name, supplier_id, available, days_of_supply, tier FROM "
                + WorkTable.RESULT.in(run.runId()) + where + " ORDER BY " + DAYS.formatted("days_of_supply")
                + ", available, sku FETCH FIRST " + FEWEST_DAYS + " ROWS ONLY", (row, n) -> new PageFigures.SkuDays(
                        row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
                        row.getString(6)));
    }

    /**
     * The latest completed run of each earlier date (up to 29), oldest first, then this run: a rerun
     * replaces its date, and a date reconciled after later ones does not show the later ones.
     */
    private List<TrendPoint> trend(RunContext run, TrendPoint current) {
        List<TrendPoint> earlier = new ArrayList<>();
        Set<LocalDate> dates = new LinkedHashSet<>();
        jdbc.query("SELECT business_date, rerun, alerts, suggestions, discrepancies FROM recon_run WHERE job_name = ?"
                + " AND completed_at IS NOT NULL AND alerts IS NOT NULL AND business_date < ?"
                + " ORDER BY business_date DESC, rerun DESC FETCH FIRST " + (TREND_RUNS * 10) + " ROWS ONLY", row -> {
                    LocalDate date = row.getObject(1, LocalDate.class);
                    if (earlier.size() < TREND_RUNS - 1 && dates.add(date)) {
                        int rerun = row.getInt(2);
                        earlier.add(new TrendPoint(RunContext.runLabel(date, rerun), row.getLong(3),
                                row.getLong(4), row.getLong(5)));
                    }
                }, run.jobName(), run.businessDate());
        Collections.reverse(earlier);
        earlier.add(current);
        return earlier;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(value));
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key, 0L));
        return map;
    }

    private static List<String> enumNames(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
