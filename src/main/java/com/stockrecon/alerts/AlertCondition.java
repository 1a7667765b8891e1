package com.stockrecon.alerts;

/**
 * A rule of {@code alerts.when} that holds for a run: its name, its threshold, the run's value, and one
 * sentence for a person. Threshold and value are numbers, or {@code true} for the yes/no rules.
 */
public record AlertCondition(String rule, Object threshold, Object value, String message) {
}
