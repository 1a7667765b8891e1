package com.stockrecon.config;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every number the contract calls a policy default, in one typed place. Values come from the
 * contract, then the job definition in {@code jobs/}, then the command line; catalog columns
 * override the per-SKU ones (thresholds, lead time, MOQ, pack size, unit cost).
 */
public record Policy(
        @DefaultValue("28") int windowDays,
        @DefaultValue("5") long criticalThreshold,
        @DefaultValue("15") long lowThreshold,
        @DefaultValue("30") long warningThreshold,
        @DefaultValue("2") BigDecimal criticalDays,
        @DefaultValue("7") BigDecimal lowDays,
        @DefaultValue("14") BigDecimal warningDays,
        @DefaultValue("1.5") BigDecimal safetyFactor,
        @DefaultValue("14") int reviewDays,
        @DefaultValue("10") BigDecimal reorderTriggerDays,
        @DefaultValue("0.1") BigDecimal minVelocity,
        @DefaultValue("7") long leadTimeDays,
        @DefaultValue("0") long moq,
        @DefaultValue("1") long packSize,
        @DefaultValue("0") BigDecimal unitCost,
        @DefaultValue("48") long maxFeedAgeHours,
        @DefaultValue("10") long jumpMinUnits,
        @DefaultValue("0.5") BigDecimal jumpRatio,
        @DefaultValue("0.05") BigDecimal maxRejectRatio,
        @DefaultValue("UTC") ZoneId zone) {

    public Policy {
        require(windowDays >= 1, "window-days", "must be at least 1");
        require(criticalThreshold >= 0, "critical-threshold", "must not be negative");
        require(lowThreshold >= 0, "low-threshold", "must not be negative");
        require(warningThreshold >= 0, "warning-threshold", "must not be negative");
        require(nonNegative(criticalDays), "critical-days", "must not be negative");
        require(nonNegative(lowDays), "low-days", "must not be negative");
        require(nonNegative(warningDays), "warning-days", "must not be negative");
        require(nonNegative(safetyFactor), "safety-factor", "must not be negative");
        require(reviewDays >= 0, "review-days", "must not be negative");
        require(nonNegative(reorderTriggerDays), "reorder-trigger-days", "must not be negative");
        require(minVelocity != null && minVelocity.signum() > 0, "min-velocity", "must be greater than 0");
        require(leadTimeDays >= 0, "lead-time-days", "must not be negative");
        require(moq >= 0, "moq", "must not be negative");
        require(packSize >= 1, "pack-size", "must be at least 1");
        require(nonNegative(unitCost), "unit-cost", "must not be negative");
        require(maxFeedAgeHours >= 0, "max-feed-age-hours", "must not be negative");
        require(jumpMinUnits >= 0, "jump-min-units", "must not be negative");
        require(nonNegative(jumpRatio), "jump-ratio", "must not be negative");
        require(nonNegative(maxRejectRatio) && maxRejectRatio.compareTo(BigDecimal.ONE) <= 0,
                "max-reject-ratio", "must be between 0 and 1");
        require(zone != null, "zone", "must be a time zone such as UTC or Europe/Paris");
    }

    public static Policy defaults() {
        return PolicyBinding.bind(Map.of());
    }

    /** The policy as kebab-case key=value pairs, the form job parameters and the summary carry. */
    public Map<String, String> asProperties() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("window-days", Integer.toString(windowDays));
        values.put("critical-threshold", Long.toString(criticalThreshold));
        values.put("low-threshold", Long.toString(lowThreshold));
        values.put("warning-threshold", Long.toString(warningThreshold));
        values.put("critical-days", criticalDays.toPlainString());
        values.put("low-days", lowDays.toPlainString());
        values.put("warning-days", warningDays.toPlainString());
        values.put("safety-factor", safetyFactor.toPlainString());
        values.put("review-days", Integer.toString(reviewDays));
        values.put("reorder-trigger-days", reorderTriggerDays.toPlainString());
        values.put("min-velocity", minVelocity.toPlainString());
        values.put("lead-time-days", Long.toString(leadTimeDays));
        values.put("moq", Long.toString(moq));
        values.put("pack-size", Long.toString(packSize));
        values.put("unit-cost", unitCost.toPlainString());
        values.put("max-feed-age-hours", Long.toString(maxFeedAgeHours));
        values.put("jump-min-units", Long.toString(jumpMinUnits));
        values.put("jump-ratio", jumpRatio.toPlainString());
        values.put("max-reject-ratio", maxRejectRatio.toPlainString());
        values.put("zone", zone.getId());
        return values;
    }

    /** One line, stable order: what a job parameter stores and a restart reads back. */
    public String encode() {
        return asProperties().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    public static Policy decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return PolicyBinding.bind(values);
    }

    private static boolean nonNegative(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }

    private static void require(boolean condition, String key, String problem) {
        if (!condition) {
            throw new ConfigurationException("policy." + key + " " + problem);
        }
    }
}
