package com.stockrecon.fetch;

/** What fetching one supplier came to. */
public enum FetchOutcome {
    /** A new body was written into the supplier's feeds folder. */
    FETCHED,
    /** The server answered 304: the supplier's newest file stays its feed. */
    NOT_MODIFIED,
    /** Nothing was written; the supplier's feeds are judged as they are. */
    FAILED;

    /** Whether a restart of the run may leave the supplier alone. */
    public boolean isDone() {
        return this != FAILED;
    }
}
