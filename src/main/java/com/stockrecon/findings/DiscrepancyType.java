package com.stockrecon.findings;

/** The discrepancy types of the contract (§4). */
public enum DiscrepancyType {
    UNKNOWN_SKU,
    FOREIGN_SKU,
    MISSING_FEED,
    STALE_FEED,
    INVALID_FEED,
    MISSING_FROM_FEED,
    DUPLICATE_SKU,
    QTY_JUMP,
    OVERSOLD,
    COUNT_MISMATCH
}
