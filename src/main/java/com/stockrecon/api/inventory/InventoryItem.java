package com.stockrecon.api.inventory;

import java.math.BigDecimal;

import com.stockrecon.results.SkuResult;

/** One SKU of the inventory answer: the figures of available_stock.csv and its alert tier (null without one). */
public record InventoryItem(String sku, String supplierId, long onHand, long inTransit, long supplierStock,
        long reserved, long available, BigDecimal velocity, BigDecimal daysOfSupply, String tier) {

    static InventoryItem of(SkuResult result) {
        return new InventoryItem(result.sku(), result.supplierId(), result.onHand(), result.inTransit(),
                result.supplierStock(), result.reserved(), result.available(), decimal(result.velocity()),
                decimal(result.daysOfSupply()), result.tier());
    }

    /** The decimal exactly as the report prints it (a JSON number with the same digits); null when blank. */
    private static BigDecimal decimal(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }
}
