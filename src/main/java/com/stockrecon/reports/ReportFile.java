package com.stockrecon.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.stockrecon.staging.WorkTable;

/**
 * One CSV report of contract §3: its columns in their stated order, the work table they come from
 * and the order of its rows. Ties are broken on further columns so that output is deterministic.
 */
public record ReportFile(String fileName, WorkTable table, Map<String, ColumnKind> columns, String orderBy) {

    public static final ReportFile AVAILABLE_STOCK = new ReportFile("available_stock.csv", WorkTable.RESULT,
            columns("sku", ColumnKind.TEXT, "supplier_id", ColumnKind.TEXT, "on_hand", ColumnKind.NUMBER,
                    "in_transit", ColumnKind.NUMBER, "supplier_stock", ColumnKind.NUMBER, "reserved",
                    ColumnKind.NUMBER, "available", ColumnKind.NUMBER, "velocity", ColumnKind.NUMBER,
                    "days_of_supply", ColumnKind.NUMBER),
            "sku");

    public static final ReportFile ALERTS = new ReportFile("alerts.csv", WorkTable.ALERTS,
            columns("sku", ColumnKind.TEXT, "supplier_id", ColumnKind.TEXT, "tier", ColumnKind.TEXT, "available",
                    ColumnKind.NUMBER, "days_of_supply", ColumnKind.NUMBER, "reason", ColumnKind.TEXT),
            "tier_rank, sku");

    public static final ReportFile PURCHASE_SUGGESTIONS = new ReportFile("purchase_suggestions.csv",
            WorkTable.SUGGESTIONS,
            columns("supplier_id", ColumnKind.TEXT, "sku", ColumnKind.TEXT, "order_qty", ColumnKind.NUMBER, "raw_qty",
                    ColumnKind.NUMBER, "available", ColumnKind.NUMBER, "velocity", ColumnKind.NUMBER,
                    "lead_time_days", ColumnKind.NUMBER, "safety_stock", ColumnKind.NUMBER, "unit_cost",
                    ColumnKind.NUMBER, "line_cost", ColumnKind.NUMBER),
            "supplier_id, sku");

    public static final ReportFile DISCREPANCIES = new ReportFile("discrepancies.csv", WorkTable.DISCREPANCIES,
            columns("type", ColumnKind.TEXT, "source", ColumnKind.TEXT, "supplier_id", ColumnKind.TEXT, "sku",
                    ColumnKind.TEXT, "expected", ColumnKind.NUMBER_OR_TEXT, "actual", ColumnKind.NUMBER_OR_TEXT,
                    "detail", ColumnKind.TEXT),
            "type, supplier_id, sku, source, line, expected, actual, detail");

    public static final ReportFile REJECTS = new ReportFile("rejects.csv", WorkTable.REJECTS,
            columns("source", ColumnKind.TEXT, "line", ColumnKind.NUMBER, "reason", ColumnKind.TEXT, "record",
                    ColumnKind.TEXT),
            "source, line, reason");

    public static final List<ReportFile> ALL = List.of(AVAILABLE_STOCK, ALERTS, PURCHASE_SUGGESTIONS, DISCREPANCIES,
            REJECTS);

    private static Map<String, ColumnKind> columns(Object... namesAndKinds) {
        Map<String, ColumnKind> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndKinds.length; i += 2) {
            columns.put((String) namesAndKinds[i], (ColumnKind) namesAndKinds[i + 1]);
        }
        return columns;
    }

    public String query(long runId) {
        return "SELECT " + String.join(", ", columns.keySet()) + " FROM " + table.in(runId) + " ORDER BY " + orderBy;
    }
}
