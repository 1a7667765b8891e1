package com.stockrecon.reconciliation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.stockrecon.catalog.CatalogIndex;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * What the loading steps staged per catalog SKU, read back with one sequential scan per table into
 * arrays indexed by the SKU's ordinal. Cheaper on both databases than joining six tables of a
 * million rows (H2 would look each one up row by row), and memory stays a few arrays per SKU.
 */
final class StagedFigures {

    final long[] onHand;
    final long[] inTransit;
    final long[] reserved;
    final long[] windowSales;
    final long[] feedQuantity;
    final boolean[] inFeed;
    final long[] previousSupplierStock;
    final boolean[] hasPrevious;
    final Map<String, FeedState> feeds = new HashMap<>();

    record FeedState(String status, String source) {
    }

    private StagedFigures(int size) {
        onHand = new long[size];
        inTransit = new long[size];
        reserved = new long[size];
        windowSales = new long[size];
        feedQuantity = new long[size];
        inFeed = new boolean[size];
        previousSupplierStock = new long[size];
        hasPrevious = new boolean[size];
    }

    static StagedFigures load(Staging staging, long runId, CatalogIndex index, Optional<Long> baseline) {
        StagedFigures figures = new StagedFigures(index.size());
        read(staging, WorkTable.ON_HAND.in(runId), "qty", index, figures.onHand, null);
        read(staging, WorkTable.IN_TRANSIT.in(runId), "qty", index, figures.inTransit, null);
        read(staging, WorkTable.RESERVED.in(runId), "qty", index, figures.reserved, null);
        read(staging, WorkTable.SALES.in(runId), "qty", index, figures.windowSales, null);
        read(staging, WorkTable.FEED_STOCK.in(runId), "qty", index, figures.feedQuantity, figures.inFeed);
        baseline.ifPresent(previousRun -> read(staging, WorkTable.RESULT.in(previousRun), "supplier_stock", index,
                figures.previousSupplierStock, figures.hasPrevious));
        staging.stream("SELECT supplier_id, status, source FROM " + WorkTable.FEED_STATUS.in(runId),
                row -> figures.feeds.put(row.getString(1), new FeedState(row.getString(2), row.getString(3))));
        return figures;
    }

    private static void read(Staging staging, String table, String column, CatalogIndex index, long[] values,
            boolean[] present) {
        staging.stream("SELECT sku, " + column + " FROM " + table, row -> {
            int ordinal = index.ordinal(row.getString(1));
            if (ordinal >= 0) {
                values[ordinal] = row.getLong(2);
                if (present != null) {
                    present[ordinal] = true;
                }
            }
        });
    }

    FeedState feedOf(String supplierId) {
        return feeds.get(supplierId);
    }
}
