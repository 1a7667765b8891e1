package com.stockrecon.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.stockrecon.config.Policy;

/**
 * CRITICAL when available <= critical threshold or days of supply < critical days; then LOW, then
 * WARNING alike. Thresholds are per SKU (catalog) with policy defaults; day limits are policy.
 */
public final class AlertRule {

    private AlertRule() {
    }

    public static Optional<Alert> evaluate(long available, Ratio daysOfSupply, SkuTerms terms, Policy policy) {
        Optional<Alert> alert = tier(AlertTier.CRITICAL, available, terms.criticalThreshold(), "critical_threshold",
                daysOfSupply, policy.criticalDays());
        if (alert.isEmpty()) {
            alert = tier(AlertTier.LOW, available, terms.lowThreshold(), "low_threshold", daysOfSupply,
                    policy.lowDays());
        }
        if (alert.isEmpty()) {
            alert = tier(AlertTier.WARNING, available, terms.warningThreshold(), "warning_threshold", daysOfSupply,
                    policy.warningDays());
        }
        return alert;
    }

    private static Optional<Alert> tier(AlertTier tier, long available, long threshold, String thresholdName,
            Ratio daysOfSupply, BigDecimal dayLimit) {
        List<String> reasons = new ArrayList<>(2);
        if (available <= threshold) {
            reasons.add("available " + available + " <= " + thresholdName + " " + threshold);
        }
        if (daysOfSupply.lessThan(dayLimit)) {
            reasons.add("days_of_supply " + daysOfSupply.toPrintable().toPlainString() + " < "
                    + dayLimit.stripTrailingZeros().toPlainString());
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new Alert(tier, String.join("; ", reasons)));
    }
}
