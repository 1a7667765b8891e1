package com.stockrecon.api.push;

/** Why an item of a push is refused (the request itself is not). */
public enum ItemError {
    MISSING_SKU, MISSING_QUANTITY, INVALID_QUANTITY, UNKNOWN_SKU, FOREIGN_SKU, DUPLICATE_SKU;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
