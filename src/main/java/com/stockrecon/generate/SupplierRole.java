package com.stockrecon.generate;

/**
 * How a synthetic supplier sends its stock feed. The last three suppliers play the feed problems
 * of the contract (§4), so that every input set shows them; the others send a usable feed, every
 * third one with yesterday's file still in its folder.
 */
enum SupplierRole {
    /** One current file, as of D. */
    USABLE,
    /** Yesterday's file and the current one: only the current one counts. */
    USABLE_WITH_OLDER_FILE,
    /** A feed as of D-4: STALE_FEED. */
    STALE,
    /** A current file with about 8% malformed rows: INVALID_FEED. */
    INVALID,
    /** No feed folder at all: MISSING_FEED. */
    NO_FEED;

    static SupplierRole of(int supplier, int suppliers) {
        if (supplier == suppliers - 1) {
            return NO_FEED;
        }
        if (supplier == suppliers - 2) {
            return STALE;
        }
        if (supplier == suppliers - 3) {
            return INVALID;
        }
        return supplier % 3 == 0 ? USABLE_WITH_OLDER_FILE : USABLE;
    }

    /** Whether the job takes stock from this supplier's feed. */
    boolean givesStock() {
        return this == USABLE || this == USABLE_WITH_OLDER_FILE;
    }
}
