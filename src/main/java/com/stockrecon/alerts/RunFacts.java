package com.stockrecon.alerts;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * What the alert rules look at in a run. The figures (alerts, rejects, feeds, discrepancies) exist for a
 * completed run only; for a failed or stopped one they are empty.
 *
 * @param status        completed, failed or stopped
 * @param rows          per source: {read, rejected}
 */
public record RunFacts(String status, String failure, Duration duration, long criticalAlerts,
        Map<String, long[]> rows, long feedsNotUsable, Map<String, Long> discrepancies) {

    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    public boolean completed() {
        return COMPLETED.equals(status);
    }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros();
    }
}
