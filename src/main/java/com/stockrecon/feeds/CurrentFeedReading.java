package com.stockrecon.feeds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.stockrecon.catalog.CatalogIndex;
import com.stockrecon.findings.Findings;
import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.staging.BulkWriter;
import com.stockrecon.feeds.layout.FeedRow;

/**
 * What the second reading of a supplier's current feed found: its stock per SKU and its row-level
 * discrepancies, held back until the feed is judged, so that a feed found unusable after all (it
 * changed while it was read) leaves nothing behind.
 */
final class CurrentFeedReading {

    private final CatalogIndex index;
    private final CurrentFeedStock stock;
    private final Findings findings;
    private final String supplier;
    private final FeedFile current;
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, long[]> others = new HashMap<>();

    CurrentFeedReading(CatalogIndex index, CurrentFeedStock stock, Findings findings, String supplier,
            FeedFile current) {
        this.index = index;
        this.stock = stock;
        this.findings = findings;
        this.supplier = supplier;
        this.current = current;
    }

    void add(FeedRow row, long line, SkuMatcher skus) {
        int ordinal = skus.ordinal().applyAsInt(row.sku());
        if (ordinal >= 0 && index.supplierOf(ordinal).equals(supplier)) {
            stock.add(ordinal, row.quantity(), line);
            return;
        }
        if (ordinal < 0) {
            pending.add(new Pending(DiscrepancyType.UNKNOWN_SKU, row.sku(), "", Long.toString(row.quantity()),
                    "line " + line + ": " + skus.unknown(), line));
        } else {
            String owner = index.supplierOf(ordinal);
            pending.add(new Pending(DiscrepancyType.FOREIGN_SKU, row.sku(), owner, supplier,
                    "line " + line + ": the catalog gives this sku to supplier " + owner, line));
        }
        long[] seen = others.computeIfAbsent(row.sku(), sku -> new long[] {0, line, line});
        seen[0]++;
        seen[2] = line;
    }

    /** Writes the row-level discrepancies, and the stock into {@code stockWriter} unless it is null (a stale feed). */
    void publish(BulkWriter stockWriter) {
        for (Pending found : pending) {
            findings.discrepancy(found.type(), current.source(), supplier, found.sku(), found.expected(),
                    found.actual(), found.detail(), found.line());
        }
        stock.drain((ordinal, qty, rowsSeen, firstLine, lastLine) -> {
            String sku = index.sku(ordinal);
            if (rowsSeen > 1) {
                duplicate(sku, rowsSeen, firstLine, lastLine, "the last row counts");
            }
            if (stockWriter != null) {
                stockWriter.row(sku, qty);
            }
        });
        new TreeMap<>(others).forEach((sku, seen) -> {
            if (seen[0] > 1) {
                duplicate(sku, seen[0], seen[1], seen[2], "the rows are not used");
            }
        });
    }

    void discard() {
        stock.drain((ordinal, qty, rowsSeen, firstLine, lastLine) -> {
        });
    }

    private void duplicate(String sku, long rows, long firstLine, long lastLine, String effect) {
        findings.discrepancy(DiscrepancyType.DUPLICATE_SKU, current.source(), supplier, sku, "1",
                Long.toString(rows), rows + " rows, lines " + firstLine + " to " + lastLine + "; " + effect,
                firstLine);
    }

    private record Pending(DiscrepancyType type, String sku, String expected, String actual, String detail,
            long line) {
    }
}
