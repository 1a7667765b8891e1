package com.stockrecon.alerts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.stockrecon.operations.AlertRules;

/**
 * Which rules of {@code alerts.when} hold for a run (operations.md §3). "Above" is strictly above; the
 * figure rules look at completed runs only, run-failed and duration-above-minutes at any run.
 */
public final class AlertConditions {

    public static final String RUN_FAILED = "run-failed";
    public static final String CRITICAL_ALERTS_ABOVE = "critical-alerts-above";
    public static final String REJECT_RATIO_ABOVE = "reject-ratio-above";
    public static final String DURATION_ABOVE_MINUTES = "duration-above-minutes";
    public static final String FEEDS_NOT_USABLE = "feeds-not-usable";
    public static final String DISCREPANCIES_ABOVE = "discrepancies-above";

    private AlertConditions() {
    }

    public static List<AlertCondition> holding(AlertRules rules, RunFacts run) {
        List<AlertCondition> holding = new ArrayList<>();
        if (rules.runFailed() && RunFacts.FAILED.equals(run.status())) {
            holding.add(new AlertCondition(RUN_FAILED, true, true, "the run failed"
                    + (run.failure() == null || run.failure().isBlank() ? "" : ": " + run.failure())));
        }
        if (rules.durationAboveMinutes() != null) {
            long minutes = run.duration().toMinutes();
            if (minutes > rules.durationAboveMinutes()) {
                holding.add(new AlertCondition(DURATION_ABOVE_MINUTES, rules.durationAboveMinutes(), minutes,
                        "the run took " + minutes + " min, more than " + rules.durationAboveMinutes() + " min"));
            }
        }
        if (!run.completed()) {
            return holding;
        }
        if (rules.criticalAlertsAbove() != null && run.criticalAlerts() > rules.criticalAlertsAbove()) {
            holding.add(new AlertCondition(CRITICAL_ALERTS_ABOVE, rules.criticalAlertsAbove(), run.criticalAlerts(),
                    run.criticalAlerts() + " CRITICAL alerts, more than " + rules.criticalAlertsAbove()));
        }
        if (rules.rejectRatioAbove() != null) {
            for (Map.Entry<String, long[]> source : new TreeMap<>(run.rows()).entrySet()) {
                long read = source.getValue()[0];
                long rejected = source.getValue()[1];
                BigDecimal ratio = RunFacts.ratio(rejected, read);
                if (ratio.compareTo(rules.rejectRatioAbove()) > 0) {
                    holding.add(new AlertCondition(REJECT_RATIO_ABOVE, rules.rejectRatioAbove(), ratio,
                            source.getKey() + ": " + rejected + " of " + read + " rows rejected, a ratio above "
                                    + rules.rejectRatioAbove().toPlainString()));
                }
            }
        }
        if (rules.feedsNotUsable() && run.feedsNotUsable() > 0) {
            holding.add(new AlertCondition(FEEDS_NOT_USABLE, true, run.feedsNotUsable(), run.feedsNotUsable()
                    + (run.feedsNotUsable() == 1 ? " supplier feed is" : " supplier feeds are")
                    + " stale, invalid or missing"));
        }
        for (Map.Entry<String, Long> limit : new TreeMap<>(rules.discrepanciesAbove()).entrySet()) {
            long count = run.discrepancies().getOrDefault(limit.getKey(), 0L);
            if (count > limit.getValue()) {
                holding.add(new AlertCondition(DISCREPANCIES_ABOVE, Map.of(limit.getKey(), limit.getValue()),
                        Map.of(limit.getKey(), count), count + " " + limit.getKey() + " discrepancies, more than "
                                + limit.getValue()));
            }
        }
        return holding;
    }
}
