package com.stockrecon.inputs;

import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;
import com.stockrecon.catalog.CatalogIndex;

/** A quantity summed per catalog SKU in arrays by ordinal, then staged as (sku, qty) for the SKUs seen. */
final class SkuSums {

    private final CatalogIndex index;
    private final long[] sums;
    private final boolean[] seen;

    SkuSums(CatalogIndex index) {
        this.index = index;
        this.sums = new long[index.size()];
        this.seen = new boolean[index.size()];
    }

    void add(int ordinal, long quantity) {
        sums[ordinal] = Math.addExact(sums[ordinal], quantity);
        seen[ordinal] = true;
    }

    void stage(Staging staging, WorkTable table, long runId) {
        try (BulkWriter writer = staging.writer(table, runId, "sku", "qty")) {
            for (int ordinal = 0; ordinal < sums.length; ordinal++) {
                if (seen[ordinal]) {
                    writer.row(index.sku(ordinal), sums[ordinal]);
                }
            }
        }
    }
}
