package com.stockrecon.reconciliation;

import static com.stockrecon.reconciliation.WorkedExamples.DEFAULTS;
import static com.stockrecon.reconciliation.WorkedExamples.DEFAULT_TERMS;
import static com.stockrecon.reconciliation.WorkedExamples.days;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.stockrecon.config.Policy;
import com.stockrecon.config.PolicyBinding;

/** Alert tiers (§2): the first of CRITICAL, LOW, WARNING that holds, with the conditions that hold. */
class AlertRuleTest {

    @Test
    void caseAIsWarning() {
        assertThat(alert(WorkedExamples.A)).contains(new Alert(AlertTier.WARNING,
                "available 22 <= warning_threshold 30; days_of_supply 8.80 < 14"));
    }

    @Test
    void caseBIsCritical() {
        assertThat(alert(WorkedExamples.B)).contains(new Alert(AlertTier.CRITICAL,
                "available 0 <= critical_threshold 5; days_of_supply 0.00 < 2"));
    }

    @Test
    void caseCIsCriticalOnAvailableAlone() {
        assertThat(alert(WorkedExamples.C))
                .contains(new Alert(AlertTier.CRITICAL, "available 3 <= critical_threshold 5"));
    }

    @Test
    void caseDIsWarningAvailableEqualToTheThreshold() {
        assertThat(alert(WorkedExamples.D)).contains(new Alert(AlertTier.WARNING,
                "available 30 <= warning_threshold 30; days_of_supply 10.00 < 14"));
    }

    @Test
    void caseEIsCritical() {
        assertThat(alert(WorkedExamples.E)).contains(new Alert(AlertTier.CRITICAL,
                "available 0 <= critical_threshold 5; days_of_supply 0.00 < 2"));
    }

    @Test
    void caseFIsCriticalItsDaysPrintedHalfUp() {
        assertThat(alert(WorkedExamples.F)).contains(new Alert(AlertTier.CRITICAL,
                "available 5 <= critical_threshold 5; days_of_supply 0.63 < 2"));
    }

    @Test
    void availableEqualToAThresholdAlertsInThatTier() {
        // no sales: days of supply are available / 0.1, far above every day limit
        assertThat(tierOf(onHand(5))).contains(AlertTier.CRITICAL);
        assertThat(tierOf(onHand(6))).contains(AlertTier.LOW);
        assertThat(tierOf(onHand(15))).contains(AlertTier.LOW);
        assertThat(tierOf(onHand(16))).contains(AlertTier.WARNING);
        assertThat(tierOf(onHand(30))).contains(AlertTier.WARNING);
        assertThat(tierOf(onHand(31))).isEmpty();
    }

    @Test
    void daysEqualToADayLimitDoNotAlertInThatTier() {
        // 5 a day (140 over 28 days); thresholds 0 so that only days of supply count
        SkuTerms daysOnly = SkuTerms.of(null, null, null, null, 0L, 0L, 0L, DEFAULTS);

        assertThat(evaluate(new StockPosition(70, 0, 0, 0, 140), daysOnly)).isEmpty();
        assertThat(evaluate(new StockPosition(69, 0, 0, 0, 140), daysOnly))
                .contains(new Alert(AlertTier.WARNING, "days_of_supply 13.80 < 14"));
        assertThat(evaluate(new StockPosition(35, 0, 0, 0, 140), daysOnly))
                .contains(new Alert(AlertTier.WARNING, "days_of_supply 7.00 < 14"));
        assertThat(evaluate(new StockPosition(34, 0, 0, 0, 140), daysOnly))
                .contains(new Alert(AlertTier.LOW, "days_of_supply 6.80 < 7"));
        assertThat(evaluate(new StockPosition(10, 0, 0, 0, 140), daysOnly))
                .contains(new Alert(AlertTier.LOW, "days_of_supply 2.00 < 7"));
        assertThat(evaluate(new StockPosition(9, 0, 0, 0, 140), daysOnly))
                .contains(new Alert(AlertTier.CRITICAL, "days_of_supply 1.80 < 2"));
    }

    @Test
    void theFirstTierThatHoldsWinsEvenWhenOnlyItsDayConditionHolds() {
        // available 20 is only a WARNING amount, but 20 units at 11 a day last 1.82 days
        assertThat(alert(new StockPosition(20, 0, 0, 0, 308))).contains(new Alert(AlertTier.CRITICAL,
                "days_of_supply 1.82 < 2"));
    }

    @Test
    void catalogThresholdsOfTheSkuWinOverThePolicy() {
        SkuTerms terms = SkuTerms.of(null, null, null, null, 50L, 80L, 100L, DEFAULTS);

        assertThat(evaluate(onHand(50), terms)).contains(new Alert(AlertTier.CRITICAL,
                "available 50 <= critical_threshold 50"));
        assertThat(evaluate(onHand(100), terms)).contains(new Alert(AlertTier.WARNING,
                "available 100 <= warning_threshold 100"));
        assertThat(evaluate(onHand(101), terms)).isEmpty();
    }

    @Test
    void zeroThresholdsStillAlertAnEmptyShelf() {
        SkuTerms zero = SkuTerms.of(null, null, null, null, 0L, 0L, 0L, DEFAULTS);

        assertThat(evaluate(onHand(0), zero)).contains(new Alert(AlertTier.CRITICAL,
                "available 0 <= critical_threshold 0; days_of_supply 0.00 < 2"));
        // 2 units with no sales last 20 days: no day limit holds either
        assertThat(evaluate(onHand(2), zero)).isEmpty();
    }

    @Test
    void dayLimitsComeFromThePolicyAndArePrintedAsGiven() {
        Policy policy = PolicyBinding.bind(Map.of("critical-days", "2.5", "low-days", "7.0", "warning-days", "20"));
        SkuTerms daysOnly = SkuTerms.of(null, null, null, null, 0L, 0L, 0L, policy);

        assertThat(AlertRule.evaluate(100, Ratio.of(12, 5), daysOnly, policy))
                .contains(new Alert(AlertTier.CRITICAL, "days_of_supply 2.40 < 2.5"));
        assertThat(AlertRule.evaluate(100, Ratio.of(5, 1), daysOnly, policy))
                .contains(new Alert(AlertTier.LOW, "days_of_supply 5.00 < 7"));
        assertThat(AlertRule.evaluate(100, Ratio.of(19, 1), daysOnly, policy))
                .contains(new Alert(AlertTier.WARNING, "days_of_supply 19.00 < 20"));
        assertThat(AlertRule.evaluate(100, Ratio.of(20, 1), daysOnly, policy)).isEmpty();
    }

    @Test
    void tiersRankMostUrgentFirst() {
        assertThat(AlertTier.CRITICAL.rank()).isLessThan(AlertTier.LOW.rank());
        assertThat(AlertTier.LOW.rank()).isLessThan(AlertTier.WARNING.rank());
    }

    private static StockPosition onHand(long quantity) {
        return new StockPosition(quantity, 0, 0, 0, 0);
    }

    private static Optional<Alert> alert(StockPosition position) {
        return evaluate(position, DEFAULT_TERMS);
    }

    private static Optional<AlertTier> tierOf(StockPosition position) {
        return alert(position).map(Alert::tier);
    }

    private static Optional<Alert> evaluate(StockPosition position, SkuTerms terms) {
        return AlertRule.evaluate(position.available(), days(position), terms, DEFAULTS);
    }
}
