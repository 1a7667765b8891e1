package com.stockrecon.reconciliation;

import java.math.BigDecimal;

/** What to order of one SKU; decimals are exact until printed. */
public record PurchaseSuggestion(long orderQty, Ratio raw, Ratio safetyStock, long leadTimeDays,
        BigDecimal unitCost) {

    public BigDecimal lineCost() {
        return unitCost.multiply(BigDecimal.valueOf(orderQty)).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
