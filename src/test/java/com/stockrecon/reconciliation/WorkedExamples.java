package com.stockrecon.reconciliation;

import java.math.BigDecimal;

import com.stockrecon.config.Policy;

/** The one-SKU inputs of the contract's worked examples A to F (§2), policy defaults, W = 28. */
final class WorkedExamples {

    static final Policy DEFAULTS = Policy.defaults();

    /** on_hand 25 + 15, in_transit 12, reserved 30, absent from the feed; window sales 70. */
    static final StockPosition A = new StockPosition(40, 12, 0, 30, 70);
    /** nothing in stock; window sales 58. */
    static final StockPosition B = new StockPosition(0, 0, 0, 0, 58);
    /** on_hand 3; window sales +5 and -9. */
    static final StockPosition C = new StockPosition(3, 0, 0, 0, 5 - 9);
    /** on_hand 30; window sales 84. */
    static final StockPosition D = new StockPosition(30, 0, 0, 0, 84);
    /** on_hand 2, reserved 7, no sales. */
    static final StockPosition E = new StockPosition(2, 0, 0, 7, 0);
    /** on_hand 5; window sales 224. */
    static final StockPosition F = new StockPosition(5, 0, 0, 0, 224);

    /** lead 7, moq 60, pack 12, unit_cost 2.50. */
    static final SkuTerms A_TERMS = SkuTerms.of(7L, 60L, 12L, new BigDecimal("2.50"), null, null, null, DEFAULTS);
    /** lead 0, moq 0, pack 1. */
    static final SkuTerms B_TERMS = SkuTerms.of(0L, 0L, 1L, null, null, null, null, DEFAULTS);
    static final SkuTerms DEFAULT_TERMS = SkuTerms.defaults(DEFAULTS);

    private WorkedExamples() {
    }

    static Ratio days(StockPosition position) {
        return days(position, DEFAULTS);
    }

    static Ratio days(StockPosition position, Policy policy) {
        return position.daysOfSupply(policy.windowDays(), policy.minVelocity());
    }

    static String printed(Ratio ratio) {
        return ratio.toPrintable().toPlainString();
    }
}
