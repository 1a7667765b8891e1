package com.stockrecon.results;

/**
 * One catalog SKU as a completed run left it: the figures of {@code available_stock.csv} (decimals as
 * printed there), its alert tier and, when the run suggests a purchase, what to order.
 *
 * @param name     the catalog's product name, "" when blank
 * @param tier     CRITICAL, LOW or WARNING; null without an alert
 * @param order    the purchase suggestion, or null
 */
public record SkuResult(String sku, String supplierId, String name, long onHand, long inTransit, long supplierStock,
        long reserved, long available, String velocity, String daysOfSupply, String tier, OrderLine order) {

    /**
     * What the run suggests ordering of the SKU, as in {@code purchase_suggestions.csv}; unit cost and
     * line cost have two places.
     */
    public record OrderLine(long orderQty, long packSize, String unitCost, String lineCost) {
    }
}
