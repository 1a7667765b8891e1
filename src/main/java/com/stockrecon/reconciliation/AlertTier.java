package com.stockrecon.reconciliation;

/** Low-stock tiers, most urgent first; a SKU gets the first that holds, at most one. */
public enum AlertTier {
    CRITICAL,
    LOW,
    WARNING;

    /** Sort key in alerts.csv. */
    public int rank() {
        return ordinal() + 1;
    }
}
