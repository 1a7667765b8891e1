package com.stockrecon.reconciliation;

import java.math.BigDecimal;
import java.util.Optional;

import com.stockrecon.config.Policy;

/**
 * When days of supply < reorder trigger days: safety = velocity x lead x safety factor;
 * raw = velocity x (lead + review days) + safety - available; no suggestion when raw <= 0;
 * qty = ceil(raw), raised to the MOQ, then up to a whole number of packs.
 */
public final class PurchaseSuggestionPolicy {

    private PurchaseSuggestionPolicy() {
    }

    public static Optional<PurchaseSuggestion> suggest(StockPosition position, Ratio daysOfSupply, SkuTerms terms,
            Policy policy) {
        if (!daysOfSupply.lessThan(policy.reorderTriggerDays())) {
            return Optional.empty();
        }
        // Everything over the window length W: velocity = units / W.
        BigDecimal units = BigDecimal.valueOf(position.velocityUnits());
        BigDecimal window = BigDecimal.valueOf(policy.windowDays());
        BigDecimal lead = BigDecimal.valueOf(terms.leadTimeDays());
        BigDecimal safetyTimesWindow = units.multiply(lead).multiply(policy.safetyFactor());
        BigDecimal rawTimesWindow = units.multiply(lead.add(BigDecimal.valueOf(policy.reviewDays())))
                .add(safetyTimesWindow)
                .subtract(BigDecimal.valueOf(position.available()).multiply(window));
        if (rawTimesWindow.signum() <= 0) {
            return Optional.empty();
        }
        Ratio raw = new Ratio(rawTimesWindow, window);
        long orderQty = roundToPacks(Math.max(raw.ceiling(), terms.moq()), terms.packSize());
        return Optional.of(new PurchaseSuggestion(orderQty, raw, new Ratio(safetyTimesWindow, window),
                terms.leadTimeDays(), terms.unitCost()));
    }

    /** Up to the next multiple of the pack size. */
    static long roundToPacks(long quantity, long packSize) {
        long packs = Math.floorDiv(quantity + packSize - 1, packSize);
        return Math.multiplyExact(packs, packSize);
    }
}
