package com.stockrecon.staging;

/**
 * The tables one run works in, named {@code r<runId>_<name>}. They are created by the step that
 * fills them, dropped when the run completes (the result table stays as the next run's
 * QTY_JUMP baseline), and unlogged on PostgreSQL. {@code {text}} becomes the dialect's text type.
 */
public enum WorkTable {

    SOURCES("sources", "step {text} NOT NULL, position INT NOT NULL, source {text} NOT NULL, rows_read BIGINT NOT NULL,"
            + " accepted BIGINT NOT NULL, rejected BIGINT NOT NULL, ignored BIGINT NOT NULL, ignored_reasons {text} NOT NULL"),
    REJECTS("rejects", "step {text} NOT NULL, source {text} NOT NULL, line BIGINT NOT NULL, reason {text} NOT NULL,"
            + " record {text} NOT NULL"),
    DISCREPANCIES("discrepancies", "step {text} NOT NULL, type {text} NOT NULL, source {text} NOT NULL,"
            + " supplier_id {text} NOT NULL, sku {text} NOT NULL, expected {text} NOT NULL, actual {text} NOT NULL,"
            + " detail {text} NOT NULL, line BIGINT NOT NULL"),
    CATALOG("catalog", "sku {text} NOT NULL, supplier_id {text} NOT NULL, name {text} NOT NULL, lead_time_days BIGINT, moq BIGINT,"
            + " pack_size BIGINT, unit_cost {text}, critical_threshold BIGINT, low_threshold BIGINT,"
            + " warning_threshold BIGINT, supplier_sku {text}"),
    SUPPLIERS("suppliers", "supplier_id {text} NOT NULL PRIMARY KEY, name {text} NOT NULL, max_feed_age_hours BIGINT"),
    ON_HAND("on_hand", "sku {text} NOT NULL, qty BIGINT NOT NULL"),
    ON_HAND_BY_LOCATION("on_hand_loc", "sku {text} NOT NULL, location {text} NOT NULL, qty BIGINT NOT NULL"),
    RESERVED("reserved", "sku {text} NOT NULL, qty BIGINT NOT NULL"),
    IN_TRANSIT("in_transit", "sku {text} NOT NULL, qty BIGINT NOT NULL"),
    SALES("sales", "sku {text} NOT NULL, qty BIGINT NOT NULL"),
    COUNTS("counts", "sku {text} NOT NULL, location {text} NOT NULL, counted BIGINT NOT NULL, line BIGINT NOT NULL,"
            + " PRIMARY KEY (sku, location)"),
    FEED_STOCK("feed_stock", "sku {text} NOT NULL, qty BIGINT NOT NULL"),
    FEED_STATUS("feed_status", "supplier_id {text} NOT NULL PRIMARY KEY, status {text} NOT NULL, source {text} NOT NULL"),
    RESULT("result", "sku {text} NOT NULL PRIMARY KEY, supplier_id {text} NOT NULL, on_hand BIGINT NOT NULL,"
            + " in_transit BIGINT NOT NULL, supplier_stock BIGINT NOT NULL, reserved BIGINT NOT NULL,"
            + " available BIGINT NOT NULL, velocity {text} NOT NULL, days_of_supply {text} NOT NULL, name {text} NOT NULL,"
            + " tier {text}, order_qty BIGINT, pack_size BIGINT NOT NULL, unit_cost {text} NOT NULL, line_cost {text}"),
    ALERTS("alerts", "tier_rank INT NOT NULL, sku {text} NOT NULL, supplier_id {text} NOT NULL, tier {text} NOT NULL,"
            + " available BIGINT NOT NULL, days_of_supply {text} NOT NULL, reason {text} NOT NULL,"
            + " PRIMARY KEY (tier_rank, sku)"),
    SUGGESTIONS("suggestions", "supplier_id {text} NOT NULL, sku {text} NOT NULL, order_qty BIGINT NOT NULL,"
            + " raw_qty {text} NOT NULL, available BIGINT NOT NULL, velocity {text} NOT NULL,"
            + " lead_time_days BIGINT NOT NULL, safety_stock {text} NOT NULL, unit_cost {text} NOT NULL,"
            + " line_cost {text} NOT NULL, PRIMARY KEY (supplier_id, sku)");

    private final String suffix;
    private final String columns;

    WorkTable(String suffix, String columns) {
        this.suffix = suffix;
        this.columns = columns;
    }

    public String in(long runId) {
        return "r" + runId + "_" + suffix;
    }

    String createStatement(long runId, Dialect dialect) {
        return "CREATE " + dialect.workTableModifier() + " TABLE " + in(runId) + " ("
                + columns.replace("{text}", dialect.textType()) + ")";
    }
}
