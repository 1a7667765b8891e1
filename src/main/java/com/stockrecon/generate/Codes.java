package com.stockrecon.generate;

import java.nio.charset.StandardCharsets;

/** How synthetic SKUs and suppliers are named: SKU-00000001, SUP0001; UNK-... is never in the catalog. */
final class Codes {

    static final byte[] SKU = "SKU-".getBytes(StandardCharsets.US_ASCII);
    static final byte[] UNKNOWN_SKU = "UNK-".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SUPPLIER = "SUP".getBytes(StandardCharsets.US_ASCII);
    static final int SKU_WIDTH = 8;

    private Codes() {
    }

    /** SKU number i (0-based) is SKU-(i+1). */
    static String sku(int sku) {
        return "SKU-" + pad(sku + 1L, SKU_WIDTH);
    }

    static String supplier(int supplier, int suppliers) {
        return "SUP" + pad(supplier + 1L, supplierWidth(suppliers));
    }

    static int supplierWidth(int suppliers) {
        return Math.max(4, Long.toString(suppliers).length());
    }

    private static String pad(long number, int width) {
        String digits = Long.toString(number);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
