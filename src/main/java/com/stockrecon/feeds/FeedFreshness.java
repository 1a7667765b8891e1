package com.stockrecon.feeds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A feed is stale when its as_of lies more than the supplier's max age before the end of D. */
public final class FeedFreshness {

    private FeedFreshness() {
    }

    /** Midnight after D in the configured zone. */
    public static Instant endOf(LocalDate businessDate, ZoneId zone) {
        return businessDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public static boolean isStale(Instant asOf, LocalDate businessDate, ZoneId zone, long maxAgeHours) {
        return Duration.between(asOf, endOf(businessDate, zone)).compareTo(Duration.ofHours(maxAgeHours)) > 0;
    }

    /** Hours between as_of and the end of D, two places, half up. */
    public static BigDecimal ageHours(Instant asOf, LocalDate businessDate, ZoneId zone) {
        long millis = Duration.between(asOf, endOf(businessDate, zone)).toMillis();
        return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(3_600_000), 2, RoundingMode.HALF_UP);
    }
}
