package com.stockrecon.outbound.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many messages of a run (or of one target) were delivered, failed, or are still pending. */
public record DeliveryCounts(long delivered, long failed, long pending) {

    public static final DeliveryCounts NONE = new DeliveryCounts(0, 0, 0);

    public long total() {
        return delivered + failed + pending;
    }

    /** Not delivered yet: failed or pending. */
    public long undelivered() {
        return failed + pending;
    }

    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("delivered", delivered);
        map.put("failed", failed);
        map.put("pending", pending);
        return map;
    }
}
