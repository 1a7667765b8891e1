package com.stockrecon.fetch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What fetching one supplier came to, as the log, summary.json and {@code status} show it.
 *
 * @param fileName the file written into the supplier's feeds folder, or null
 * @param bytes    the body's size when a file was written, else 0
 * @param tries    requests sent, redirects not counted
 */
public record FetchResult(String supplier, FetchOutcome outcome, String detail, String fileName, long bytes,
        int tries) {

    public static FetchResult failed(String supplier, String detail, int tries) {
        return new FetchResult(supplier, FetchOutcome.FAILED, detail, null, 0, tries);
    }

    /** "fetched 1234 bytes into feeds/ACME/stock_20261124_061500.csv", "not modified", "failed: HTTP 401 ..." */
    public String describe() {
        return switch (outcome) {
            case FETCHED -> "fetched " + bytes + " bytes into " + fileName;
            case NOT_MODIFIED -> "not modified since the last fetch (" + detail + ")";
            case FAILED -> "failed after " + tries + (tries == 1 ? " try" : " tries") + ": " + detail;
        };
    }

    /** The entry of summary.json's {@code fetch} object for this supplier. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("outcome", outcome.name());
        map.put("detail", detail);
        map.put("file", fileName);
        map.put("bytes", bytes);
        map.put("tries", tries);
        return map;
    }
}
