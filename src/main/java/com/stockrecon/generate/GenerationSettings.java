package com.stockrecon.generate;

import java.time.LocalDate;

/**
 * The size and shape of a synthetic input set.
 *
 * @param skus catalog SKUs (SKU-00000001 ..)
 * @param date business date D: sales are dated D-35 .. D-1, current feeds are as of D
 * @param seed same seed, same settings: byte-identical files
 * @param salesPerSku average sales rows per SKU
 * @param suppliers suppliers the SKUs are spread over
 */
public record GenerationSettings(int skus, LocalDate date, long seed, double salesPerSku, int suppliers) {

    public static final int MIN_SKUS = 10;
    /** SKU codes have eight digits. */
    public static final int MAX_SKUS = 99_999_999;
    /** Three suppliers play the missing, stale and invalid feed; at least one sends a usable one. */
    public static final int MIN_SUPPLIERS = 4;
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_SALES_PER_SKU = 20;

    public GenerationSettings {
        if (skus < MIN_SKUS || skus > MAX_SKUS) {
            throw new IllegalArgumentException("skus must be between " + MIN_SKUS + " and " + MAX_SKUS + ": " + skus);
        }
        if (date == null) {
            throw new IllegalArgumentException("a business date is required");
        }
        if (!(salesPerSku >= 0 && salesPerSku <= 10_000)) {
            throw new IllegalArgumentException("sales per SKU must be between 0 and 10000: " + salesPerSku);
        }
        if (suppliers < MIN_SUPPLIERS || suppliers > skus) {
            throw new IllegalArgumentException("suppliers must be between " + MIN_SUPPLIERS + " and the number of"
                    + " SKUs (" + skus + "): " + suppliers);
        }
    }

    /** The defaults for {@code skus} SKUs: seed 1, 20 sales rows per SKU, max(5, skus / 5000) suppliers. */
    public static GenerationSettings of(int skus, LocalDate date) {
        return new GenerationSettings(skus, date, DEFAULT_SEED, DEFAULT_SALES_PER_SKU, defaultSuppliers(skus));
    }

    public static int defaultSuppliers(int skus) {
        return Math.max(5, skus / 5000);
    }

    public GenerationSettings withSeed(long newSeed) {
        return new GenerationSettings(skus, date, newSeed, salesPerSku, suppliers);
    }
}
