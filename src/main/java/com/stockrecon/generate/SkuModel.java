package com.stockrecon.generate;

import com.stockrecon.generate.SeededDraws.Purpose;

/**
 * What synthetic SKU number i is — its supplier, catalog terms, demand and stock — drawn from the
 * seed and i alone, so that every file agrees on it without a table in memory.
 *
 * <p>Demand: a SKU sells on a share of days (some sell several times a day), a typical quantity
 * per sale, about 2% of sales rows are returns. Stock: a target days-of-cover is drawn first (4%
 * under 2 days, 6% under 7, 10% under 14, the rest well covered), turned into units with the
 * SKU's expected daily sales (well-covered SKUs hold at least 31 units, so that slow movers do not
 * all fall under the default thresholds), and split into on hand (one or two of three warehouses), in transit,
 * supplier stock and reservations. So every alert tier and purchase suggestions appear in the
 * proportions a planner would recognise, plus 0.5% oversold SKUs.
 */
final class SkuModel {

    /** Sales are dated D-35 .. D-1: a week before the 28-day window, so some fall outside it. */
    static final int SALES_DAYS = 35;
    static final String[] LOCATIONS = {"WH1", "WH2", "WH3"};
    static final double RETURN_SHARE = 0.02;

    /** Well-covered SKUs hold at least a shelf's worth (over the default warning threshold of 30). */
    private static final double WELL_COVERED_DAYS = 14;
    private static final double LOST_FROM_CATALOG = 0.0005;
    private static final int LOSSES_FROM = 1000;
    private static final double IN_FEED = 0.95;
    private static final double[] RATE_WEIGHTS = {0.1, 0.5, 1.0, 1.6, 2.0};
    private static final double[] RATE_SHARES = {0.10, 0.35, 0.70, 0.90, 1.0};
    private static final int[] MEAN_QTY = {1, 1, 2, 3, 4, 6, 10, 16};
    private static final long[] MOQS = {0, 6, 10, 12, 24, 50, 100};
    private static final long[] PACK_SIZES = {1, 1, 2, 6, 12, 24};

    private final GenerationSettings settings;
    private final SeededDraws draws;

    SkuModel(GenerationSettings settings) {
        this.settings = settings;
        this.draws = new SeededDraws(settings.seed());
    }

    SeededDraws draws() {
        return draws;
    }

    int skus() {
        return settings.skus();
    }

    int supplierOf(int sku) {
        return sku % settings.suppliers();
    }

    SupplierRole roleOf(int supplier) {
        return SupplierRole.of(supplier, settings.suppliers());
    }

    /** False for the few SKUs whose catalog row is malformed on purpose: the job does not know them. */
    boolean inCatalog(int sku) {
        return settings.skus() < LOSSES_FROM || draws.unit(Purpose.CATALOG_LOST, sku) >= LOST_FROM_CATALOG;
    }

    /** Sales rows per day on average; a SKU may have several rows on one day. */
    double salesRowsPerDay(int sku) {
        double share = draws.unit(Purpose.SALES_RATE, sku);
        int tier = 0;
        while (share >= RATE_SHARES[tier]) {
            tier++;
        }
        return settings.salesPerSku() / SALES_DAYS * RATE_WEIGHTS[tier];
    }

    /** Typical units per sales row; a row sells 1 .. 2 x this - 1. */
    int meanQty(int sku) {
        return MEAN_QTY[draws.below(Purpose.SALES_QTY, sku, MEAN_QTY.length)];
    }

    double expectedVelocity(int sku) {
        return salesRowsPerDay(sku) * meanQty(sku) * (1 - 2 * RETURN_SHARE);
    }

    boolean inFeed(int sku) {
        return draws.unit(Purpose.IN_FEED, sku) < IN_FEED;
    }

    CatalogTerms terms(int sku) {
        Long lead = draws.unit(Purpose.LEAD_TIME, sku) < 0.2 ? null : 1L + draws.below(Purpose.LEAD_TIME, ~sku, 28);
        Long moq = draws.unit(Purpose.MOQ, sku) < 0.4 ? null : MOQS[draws.below(Purpose.MOQ, ~sku, MOQS.length)];
        Long pack = draws.unit(Purpose.PACK_SIZE, sku) < 0.4 ? null
                : PACK_SIZES[draws.below(Purpose.PACK_SIZE, ~sku, PACK_SIZES.length)];
        Long cents = draws.unit(Purpose.UNIT_COST, sku) < 0.1 ? null : 5L + draws.below(Purpose.UNIT_COST, ~sku, 50_000);
        long[] thresholds = null;
        if (draws.unit(Purpose.THRESHOLDS, sku) < 0.3) {
            long bits = draws.bits(Purpose.THRESHOLD_VALUES, sku);
            long critical = 1 + (bits & 3);
            long low = critical + 2 + ((bits >>> 8) & 7);
            long warning = low + 5 + ((bits >>> 16) & 15);
            thresholds = new long[] {critical, low, warning};
        }
        return new CatalogTerms(lead, moq, pack, cents, thresholds);
    }

    Stock stock(int sku) {
        double cover = coverDays(sku);
        long target = (long) Math.floor(cover * expectedVelocity(sku));
        if (cover >= WELL_COVERED_DAYS) {
            target = Math.max(target, 31 + draws.below(Purpose.SHELF_MINIMUM, sku, 60));
        }
        boolean inFeed = inFeed(sku);
        long feedQty = inFeed && draws.unit(Purpose.FEED_ZERO, sku) >= 0.5
                ? (long) (target * 0.5 * draws.unit(Purpose.FEED_QTY, sku)) : 0;
        if (!roleOf(supplierOf(sku)).givesStock()) {
            feedQty = inFeed ? draws.below(Purpose.FEED_QTY, sku, 50) : 0;
        }
        long supplierStock = roleOf(supplierOf(sku)).givesStock() ? feedQty : 0;
        long inTransit = draws.unit(Purpose.IN_TRANSIT, sku) < 0.2
                ? 1 + (long) (target * 0.4 * draws.unit(Purpose.IN_TRANSIT_QTY, sku)) : 0;
        double reservations = draws.unit(Purpose.RESERVATIONS, sku);
        int reservationRows = reservations < 0.03 ? 2 : reservations < 0.27 ? 1 : 0;
        long reservedEach = 1 + (long) (Math.max(3, 0.15 * target) * draws.unit(Purpose.RESERVED_QTY, sku));
        long reserved = reservationRows * reservedEach;
        long onHand = Math.max(0, target + reserved - supplierStock - inTransit);
        if (draws.unit(Purpose.OVERSOLD, sku) < 0.005) {
            onHand = draws.below(Purpose.OVERSOLD_QTY, sku, 5);
            reservationRows = Math.max(1, reservationRows);
            reservedEach = (onHand + supplierStock + inTransit) / reservationRows + 1
                    + draws.below(Purpose.OVERSOLD_QTY, ~sku, 10);
        }
        int primary = draws.below(Purpose.LOCATION, sku, LOCATIONS.length);
        int second = -1;
        long primaryQty = onHand;
        if (draws.unit(Purpose.SECOND_LOCATION, sku) < 0.2) {
            second = (primary + 1 + draws.below(Purpose.SECOND_LOCATION, ~sku, LOCATIONS.length - 1)) % LOCATIONS.length;
            primaryQty = (long) (onHand * (0.5 + 0.4 * draws.unit(Purpose.LOCATION_SPLIT, sku)));
        }
        return new Stock(primary, primaryQty, second, onHand - primaryQty, reservationRows, reservedEach, inTransit,
                inFeed, feedQty);
    }

    private double coverDays(int sku) {
        double tier = draws.unit(Purpose.COVER_TIER, sku);
        double within = draws.unit(Purpose.COVER_DAYS, sku);
        if (tier < 0.04) {
            return 2 * within;
        }
        if (tier < 0.10) {
            return 2 + 5 * within;
        }
        if (tier < 0.20) {
            return 7 + 7 * within;
        }
        if (tier < 0.30) {
            return 14 + 6 * within;
        }
        return 20 + 70 * within;
    }

    /** Catalog columns of a SKU; null is a blank cell (the policy default applies). */
    record CatalogTerms(Long leadTimeDays, Long moq, Long packSize, Long unitCostCents, long[] thresholds) {
    }

    /**
     * Stock of a SKU. {@code secondLocation} is -1 when it sits in one warehouse; {@code feedQty} is
     * what its supplier's feed says when {@code inFeed}.
     */
    record Stock(int primaryLocation, long primaryQty, int secondLocation, long secondQty, int reservationRows,
            long reservedEach, long inTransit, boolean inFeed, long feedQty) {
    }
}
