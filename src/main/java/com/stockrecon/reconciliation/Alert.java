package com.stockrecon.reconciliation;

/** A low-stock alert and the conditions that raised it, as a planner reads them. */
public record Alert(AlertTier tier, String reason) {
}
