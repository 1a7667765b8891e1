package com.stockrecon.reports.page;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Everything the planners' page shows of one run, read before the page is drawn. */
record PageFigures(String jobName, String runLabel, String businessDate, long skus, long availableUnits,
        BigDecimal availableValue, Map<String, Long> alertsPerTier, Map<String, Long> discrepanciesPerType,
        Map<String, Long> feedsPerStatus, List<SourceRejects> rejectsPerSource, long rejects,
        List<SupplierOrder> suppliers, long suggestions, BigDecimal suggestionsCost, List<SkuDays> fewestDays,
        List<TrendPoint> trend, List<AlertLine> criticalAlerts, List<OrderLine> orderLines,
        List<DiscrepancyLine> discrepancies) {

    long alerts() {
        return alertsPerTier.values().stream().mapToLong(Long::longValue).sum();
    }

    long discrepancyCount() {
        return discrepanciesPerType.values().stream().mapToLong(Long::longValue).sum();
    }

    record SourceRejects(String source, long read, long rejected) {
    }

    record SupplierOrder(String supplierId, String name, long lines, long units, BigDecimal cost) {
    }

    record SkuDays(String sku, String name, String supplierId, long available, String daysOfSupply, String tier) {
    }

    record AlertLine(String sku, String name, String supplierId, long available, String daysOfSupply,
            String reason) {
    }

    record OrderLine(String supplierId, String sku, String name, long orderQty, long available, String velocity,
            String lineCost) {
    }

    record DiscrepancyLine(String type, String source, String supplierId, String sku, String name, String expected,
            String actual, String detail) {
    }
}
