package com.stockrecon.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stockrecon.operations.AlertRules;

/** The rules of alerts.when: strictly above, reject ratio per source, figure rules on completed runs only. */
class AlertConditionsTest {

    private static final AlertRules ALL = new AlertRules(true, 50L, new BigDecimal("0.01"), 30L, true,
            Map.of("OVERSOLD", 20L));

    @Test
    void exactlyAtTheThresholdsNothingHolds() {
        RunFacts atLimits = new RunFacts("completed", null, Duration.ofMinutes(30).plusSeconds(59), 50,
                Map.of("sales.csv", new long[] {100, 1}), 0, Map.of("OVERSOLD", 20L));
        assertThat(AlertConditions.holding(ALL, atLimits)).isEmpty();
    }

    @Test
    void overEveryThresholdEachRuleHoldsOnceAndTheRejectRatioPerSource() {
        RunFacts over = new RunFacts("completed", null, Duration.ofMinutes(31), 51,
                Map.of("sales.csv", new long[] {100, 2}, "on_hand.csv", new long[] {1000, 11},
                        "catalog.csv", new long[] {10, 0}), 2, Map.of("OVERSOLD", 21L));
        assertThat(AlertConditions.holding(ALL, over)).extracting(AlertCondition::rule).containsExactly(
                "duration-above-minutes", "critical-alerts-above", "reject-ratio-above", "reject-ratio-above",
                "feeds-not-usable", "discrepancies-above");
        assertThat(AlertConditions.holding(ALL, over).get(2).message())
                .isEqualTo("on_hand.csv: 11 of 1000 rows rejected, a ratio above 0.01");
        assertThat(AlertConditions.holding(ALL, over).get(2).value()).isEqualTo(new BigDecimal("0.011"));
    }

    @Test
    void aFailedRunSendsRunFailedAndNotTheLastCompletedRunsFigures() {
        RunFacts failed = new RunFacts("failed", "sales.csv: required file is missing", Duration.ZERO, 99,
                Map.of(), 3, Map.of("OVERSOLD", 99L));
        assertThat(AlertConditions.holding(ALL, failed)).singleElement().satisfies(condition -> {
            assertThat(condition.rule()).isEqualTo("run-failed");
            assertThat(condition.message()).isEqualTo("the run failed: sales.csv: required file is missing");
        });
        assertThat(AlertConditions.holding(AlertRules.NONE, failed)).isEmpty();
    }
}
