package com.stockrecon.operations;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.stockrecon.findings.DiscrepancyType;

/**
 * The thresholds of {@code alerts.when}; a null threshold (or false flag) is a rule that is off.
 *
 * @param discrepanciesAbove per discrepancy type name
 */
public record AlertRules(boolean runFailed, Long criticalAlertsAbove, BigDecimal rejectRatioAbove,
        Long durationAboveMinutes, boolean feedsNotUsable, Map<String, Long> discrepanciesAbove) {

    public static final AlertRules NONE = new AlertRules(false, null, null, null, false, Map.of());

    public AlertRules {
        discrepanciesAbove = Map.copyOf(discrepanciesAbove);
    }

    static List<String> knownDiscrepancyTypes() {
        return Arrays.stream(DiscrepancyType.values()).map(Enum::name).toList();
    }

    Optional<String> discrepancyTypesNotIn(List<String> known) {
        return discrepanciesAbove.keySet().stream().filter(type -> !known.contains(type)).sorted().findFirst();
    }
}
