package com.stockrecon.feeds;

/**
 * The rows of one current feed per catalog SKU (last row wins, rows counted), in arrays indexed by
 * SKU ordinal and reset after each feed, so that memory follows the catalog, not the feeds.
 */
final class CurrentFeedStock {

    private final long[] quantity;
    private final int[] rows;
    private final long[] firstLine;
    private final long[] lastLine;
    private int[] touched = new int[1024];
    private int touchedCount;

    CurrentFeedStock(int catalogSize) {
        quantity = new long[catalogSize];
        rows = new int[catalogSize];
        firstLine = new long[catalogSize];
        lastLine = new long[catalogSize];
    }

    void add(int ordinal, long qty, long line) {
        if (rows[ordinal] == 0) {
            if (touchedCount == touched.length) {
                touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = ordinal;
            firstLine[ordinal] = line;
        }
        rows[ordinal]++;
        quantity[ordinal] = qty;
        lastLine[ordinal] = line;
    }

    /** Hands over every SKU seen, in the order first seen, and resets for the next feed. */
    void drain(Visitor visitor) {
        for (int i = 0; i < touchedCount; i++) {
            int ordinal = touched[i];
            visitor.visit(ordinal, quantity[ordinal], rows[ordinal], firstLine[ordinal], lastLine[ordinal]);
            rows[ordinal] = 0;
        }
        touchedCount = 0;
    }

    interface Visitor {
        void visit(int ordinal, long quantity, long rows, long firstLine, long lastLine);
    }
}
