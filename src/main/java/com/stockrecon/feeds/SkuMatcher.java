package com.stockrecon.feeds;

import java.util.function.ToIntFunction;

/**
 * How a feed's sku cell finds a catalog SKU: our SKU itself, or the supplier's own code through the
 * catalog's supplier_sku column.
 *
 * @param ordinal the catalog ordinal of a feed's code, or -1
 * @param unknown what an UNKNOWN_SKU discrepancy says about a code that finds none
 */
record SkuMatcher(ToIntFunction<String> ordinal, String unknown) {
}
