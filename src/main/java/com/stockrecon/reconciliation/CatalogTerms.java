package com.stockrecon.reconciliation;

import java.math.BigDecimal;

import com.stockrecon.config.Policy;
import com.stockrecon.catalog.CatalogIndex;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/** The staged catalog's per-SKU columns, read in one sequential scan into arrays by SKU ordinal. */
final class CatalogTerms {

    /** A blank catalog cell: the policy default applies. */
    private static final long BLANK = Long.MIN_VALUE;

    private final long[] leadTimeDays;
    private final long[] moq;
    private final long[] packSize;
    private final String[] unitCost;
    private final long[] criticalThreshold;
    private final long[] lowThreshold;
    private final long[] warningThreshold;
    private final String[] names;

    private CatalogTerms(int size) {
        leadTimeDays = new long[size];
        moq = new long[size];
        packSize = new long[size];
        unitCost = new String[size];
        criticalThreshold = new long[size];
        lowThreshold = new long[size];
        warningThreshold = new long[size];
        names = new String[size];
    }

    static CatalogTerms load(Staging staging, long runId, CatalogIndex index) {
        CatalogTerms terms = new CatalogTerms(index.size());
        staging.stream("SELECT sku, lead_time_days, moq, pack_size, unit_cost, critical_threshold, low_threshold,"
                + " warning_threshold, name FROM " + WorkTable.CATALOG.in(runId), row -> {
                    int ordinal = index.ordinal(row.getString(1));
                    terms.leadTimeDays[ordinal] = valueOrBlank(row.getObject(2, Long.class));
                    terms.moq[ordinal] = valueOrBlank(row.getObject(3, Long.class));
                    terms.packSize[ordinal] = valueOrBlank(row.getObject(4, Long.class));
                    terms.unitCost[ordinal] = row.getString(5);
                    terms.criticalThreshold[ordinal] = valueOrBlank(row.getObject(6, Long.class));
                    terms.lowThreshold[ordinal] = valueOrBlank(row.getObject(7, Long.class));
                    terms.warningThreshold[ordinal] = valueOrBlank(row.getObject(8, Long.class));
                    terms.names[ordinal] = row.getString(9);
                });
        return terms;
    }

    SkuTerms of(int ordinal, Policy policy) {
        return SkuTerms.of(orNull(leadTimeDays[ordinal]), orNull(moq[ordinal]), orNull(packSize[ordinal]),
                unitCost[ordinal] == null ? null : new BigDecimal(unitCost[ordinal]),
                orNull(criticalThreshold[ordinal]), orNull(lowThreshold[ordinal]), orNull(warningThreshold[ordinal]),
                policy);
    }

    /** The product name, "" when the catalog has none. */
    String name(int ordinal) {
        return names[ordinal] == null ? "" : names[ordinal];
    }

    private static long valueOrBlank(Long value) {
        return value == null ? BLANK : value;
    }

    private static Long orNull(long value) {
        return value == BLANK ? null : value;
    }
}
