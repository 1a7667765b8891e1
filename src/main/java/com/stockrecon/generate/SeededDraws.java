package com.stockrecon.generate;

/**
 * Deterministic draws keyed by the seed, a purpose and a number (a SKU's). What SKU i looks like
 * is recomputed wherever a file needs it instead of being remembered, so that generating a million
 * SKUs takes no more memory than generating ten.
 */
final class SeededDraws {

    private final long seed;

    SeededDraws(long seed) {
        this.seed = mix(seed ^ 0x9E3779B97F4A7C15L);
    }

    long bits(Purpose purpose, long key) {
        return mix(seed + (purpose.ordinal() + 1) * 0xD1B54A32D192ED03L + mix(key + 0x632BE59BD9B4E019L));
    }

    /** A number in [0, 1). */
    double unit(Purpose purpose, long key) {
        return (bits(purpose, key) >>> 11) * 0x1.0p-53;
    }

    /** A number in [0, bound). */
    int below(Purpose purpose, long key, int bound) {
        return (int) ((bits(purpose, key) >>> 1) % bound);
    }

    /** The seed of a stream of row-level noise of one file. */
    long streamSeed(Purpose purpose) {
        return bits(purpose, -1);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** What a draw is for: each purpose gets draws independent of the others'. */
    enum Purpose {
        CATALOG_LOST, NAME, LEAD_TIME, MOQ, PACK_SIZE, UNIT_COST, THRESHOLDS, THRESHOLD_VALUES,
        SALES_RATE, SALES_QTY, COVER_TIER, COVER_DAYS, SHELF_MINIMUM, OVERSOLD, OVERSOLD_QTY,
        IN_FEED, FEED_ZERO, FEED_QTY, OLDER_FEED_QTY, IN_TRANSIT, IN_TRANSIT_QTY, ETA,
        RESERVATIONS, RESERVED_QTY, LOCATION, SECOND_LOCATION, LOCATION_SPLIT, COUNTED, COUNT_OFF,
        ORDER, CATALOG_ROWS, STOCK_ROWS, SALES_ROWS, FEED_ROWS
    }
}
