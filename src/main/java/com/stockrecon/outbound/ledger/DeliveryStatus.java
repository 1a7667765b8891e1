package com.stockrecon.outbound.ledger;

/** Where one message stands. */
public enum DeliveryStatus {
    /** Recorded and being sent, or left so by a process that was killed: sent by the next delivery. */
    PENDING,
    /** A 2xx came back. */
    DELIVERED,
    /** Not delivered (a 4xx, retries exhausted, deadline, no secret): sent again by {@code deliver}. */
    FAILED
}
