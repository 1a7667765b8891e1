package com.stockrecon.reconciliation;

import static com.stockrecon.reconciliation.WorkedExamples.DEFAULTS;
import static com.stockrecon.reconciliation.WorkedExamples.DEFAULT_TERMS;
import static com.stockrecon.reconciliation.WorkedExamples.days;
import static com.stockrecon.reconciliation.WorkedExamples.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.stockrecon.config.Policy;
import com.stockrecon.config.PolicyBinding;

/** Purchase suggestions (§2): when, how much, MOQ and pack rounding, all exact. */
class PurchaseSuggestionPolicyTest {

    /** raw = velocity x lead - available: no review period, no safety stock. */
    private static final Policy LEAD_ONLY = PolicyBinding.bind(Map.of("review-days", "0", "safety-factor", "0"));

    @Test
    void caseAIsRaisedToTheMoqWhichIsFivePacks() {
        PurchaseSuggestion a = suggest(WorkedExamples.A, WorkedExamples.A_TERMS, DEFAULTS).orElseThrow();

        assertThat(printed(a.safetyStock())).isEqualTo("26.25");
        assertThat(printed(a.raw())).isEqualTo("56.75");
        assertThat(a.raw().ceiling()).isEqualTo(57);
        assertThat(a.orderQty()).isEqualTo(60);
        assertThat(a.leadTimeDays()).isEqualTo(7);
        assertThat(a.unitCost()).isEqualByComparingTo("2.50");
        assertThat(a.lineCost().toPlainString()).isEqualTo("150.00");
    }

    @Test
    void caseBOrdersExactly29NotThe30OfFloatingPoint() {
        PurchaseSuggestion b = suggest(WorkedExamples.B, WorkedExamples.B_TERMS, DEFAULTS).orElseThrow();

        assertThat(b.raw().compareTo(BigDecimal.valueOf(29))).isZero();
        assertThat(printed(b.raw())).isEqualTo("29.00");
        assertThat(printed(b.safetyStock())).isEqualTo("0.00");
        assertThat(b.orderQty()).isEqualTo(29);
    }

    @Test
    void caseCHasNoSuggestionItsDaysAboveTheTrigger() {
        assertThat(suggest(WorkedExamples.C, DEFAULT_TERMS, DEFAULTS)).isEmpty();
    }

    @Test
    void caseDHasNoSuggestionTenDaysBeingNotBelowTen() {
        assertThat(suggest(WorkedExamples.D, DEFAULT_TERMS, DEFAULTS)).isEmpty();
    }

    @Test
    void caseEHasNoSuggestionItsRawBeingZero() {
        assertThat(suggest(WorkedExamples.E, DEFAULT_TERMS, DEFAULTS)).isEmpty();
    }

    @Test
    void caseF() {
        PurchaseSuggestion f = suggest(WorkedExamples.F, DEFAULT_TERMS, DEFAULTS).orElseThrow();

        assertThat(printed(f.safetyStock())).isEqualTo("84.00");
        assertThat(f.raw().compareTo(BigDecimal.valueOf(247))).isZero();
        assertThat(f.orderQty()).isEqualTo(247);
        assertThat(f.lineCost().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void aWholeRawIsOrderedExactlyNotOneMore() {
        // velocity x (lead + review) with lead + review = W: window sales x W / W
        Policy policy = PolicyBinding.bind(Map.of("safety-factor", "0"));
        SkuTerms lead14 = SkuTerms.of(14L, null, null, null, null, null, null, policy);

        assertThat(suggest(new StockPosition(0, 0, 0, 0, 10), lead14, policy).orElseThrow().orderQty()).isEqualTo(10);
        assertThat(suggest(new StockPosition(0, 0, 0, 0, 29), lead14, policy).orElseThrow().orderQty()).isEqualTo(29);
    }

    @Test
    void theQuantityIsRaisedToTheMoqThenToWholePacks() {
        assertThat(orderFor(57, 60, 12)).isEqualTo(60);
        assertThat(orderFor(61, 60, 12)).isEqualTo(72);
        assertThat(orderFor(61, 0, 12)).isEqualTo(72);
        assertThat(orderFor(57, 0, 12)).isEqualTo(60);
        assertThat(orderFor(60, 0, 12)).isEqualTo(60);
        assertThat(orderFor(5, 100, 12)).isEqualTo(108);
        assertThat(orderFor(57, 0, 1)).isEqualTo(57);
        assertThat(orderFor(1, 0, 1)).isEqualTo(1);
    }

    @Test
    void noSuggestionWhenRawIsBelowZeroEvenWithFewDaysLeft() {
        // 5 on hand at 1 a day: 5 days < 10, but a lead time of 0 and no review period need nothing
        SkuTerms noLead = SkuTerms.of(0L, null, null, null, null, null, null, LEAD_ONLY);

        assertThat(suggest(new StockPosition(5, 0, 0, 0, 28), noLead, LEAD_ONLY)).isEmpty();
    }

    @Test
    void noSuggestionWhenRawIsExactlyZero() {
        // 3 on hand at 1 a day with a lead time of 3: exactly enough
        SkuTerms lead3 = SkuTerms.of(3L, null, null, null, null, null, null, LEAD_ONLY);

        assertThat(suggest(new StockPosition(3, 0, 0, 0, 28), lead3, LEAD_ONLY)).isEmpty();
        assertThat(suggest(new StockPosition(2, 0, 0, 0, 28), lead3, LEAD_ONLY).orElseThrow().orderQty()).isEqualTo(1);
    }

    @Test
    void aMinimumOrderQuantityNeverCreatesASuggestionByItself() {
        SkuTerms moq = SkuTerms.of(0L, 100L, 10L, null, null, null, null, LEAD_ONLY);

        assertThat(suggest(new StockPosition(5, 0, 0, 0, 28), moq, LEAD_ONLY)).isEmpty();
    }

    @Test
    void theReorderTriggerIsStrictAndComesFromThePolicy() {
        Policy trigger11 = PolicyBinding.bind(Map.of("reorder-trigger-days", "11"));

        Optional<PurchaseSuggestion> d = suggest(WorkedExamples.D, DEFAULT_TERMS, trigger11);

        // 3 x (7 + 14) + 3 x 7 x 1.5 - 30 = 64.5
        assertThat(printed(d.orElseThrow().raw())).isEqualTo("64.50");
        assertThat(d.orElseThrow().orderQty()).isEqualTo(65);
    }

    @Test
    void zeroVelocityWithLowStockSuggestsNothing() {
        // 0 on hand, no sales: days 0, raw 0
        assertThat(suggest(new StockPosition(0, 0, 0, 0, 0), DEFAULT_TERMS, DEFAULTS)).isEmpty();
        // returns only: velocity 0 all the same
        assertThat(suggest(new StockPosition(0, 0, 0, 0, -12), DEFAULT_TERMS, DEFAULTS)).isEmpty();
    }

    @Test
    void anOversoldSkuOrdersFromZeroNotFromItsNegativeNet() {
        // net -5 counts as available 0: 1 a day x (7 + 14) + 1 x 7 x 1.5 = 31.5
        PurchaseSuggestion oversold = suggest(new StockPosition(2, 0, 0, 7, 28), DEFAULT_TERMS, DEFAULTS).orElseThrow();

        assertThat(printed(oversold.raw())).isEqualTo("31.50");
        assertThat(oversold.orderQty()).isEqualTo(32);
    }

    @Test
    void theLeadTimeOfTheSkuDrivesSafetyStockAndRaw() {
        SkuTerms lead14 = SkuTerms.of(14L, null, null, new BigDecimal("0.125"), null, null, null, DEFAULTS);

        PurchaseSuggestion f = suggest(WorkedExamples.F, lead14, DEFAULTS).orElseThrow();

        // 8 x 14 x 1.5 = 168; 8 x (14 + 14) + 168 - 5 = 387
        assertThat(printed(f.safetyStock())).isEqualTo("168.00");
        assertThat(f.orderQty()).isEqualTo(387);
        assertThat(f.leadTimeDays()).isEqualTo(14);
        // 387 x 0.125 = 48.375, half up
        assertThat(f.lineCost().toPlainString()).isEqualTo("48.38");
    }

    /** The order for a SKU whose raw need is exactly {@code need}: 1 a day, lead time {@code need}, nothing on hand. */
    private static long orderFor(long need, long moq, long packSize) {
        SkuTerms terms = SkuTerms.of(need, moq, packSize, null, null, null, null, LEAD_ONLY);
        return suggest(new StockPosition(0, 0, 0, 0, 28), terms, LEAD_ONLY).orElseThrow().orderQty();
    }

    private static Optional<PurchaseSuggestion> suggest(StockPosition position, SkuTerms terms, Policy policy) {
        return PurchaseSuggestionPolicy.suggest(position, days(position, policy), terms, policy);
    }
}
