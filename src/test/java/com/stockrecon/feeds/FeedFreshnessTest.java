package com.stockrecon.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** STALE_FEED (§4): as_of more than max_feed_age_hours before the end of D, midnight after D in the zone. */
class FeedFreshnessTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 24);
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void theEndOfDIsMidnightAfterDInTheZone() {
        assertThat(FeedFreshness.endOf(D, UTC)).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(FeedFreshness.endOf(D, PARIS)).isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
        assertThat(FeedFreshness.endOf(D, NEW_YORK)).isEqualTo(Instant.parse("2026-11-25T05:00:00Z"));
    }

    @Test
    void exactlyTheMaxAgeBeforeTheEndOfDIsNotStaleOneMillisecondMoreIs() {
        Instant limit = Instant.parse("2026-11-23T00:00:00Z");

        assertThat(FeedFreshness.isStale(limit, D, UTC, 48)).isFalse();
        assertThat(FeedFreshness.isStale(limit.minusMillis(1), D, UTC, 48)).isTrue();
        assertThat(FeedFreshness.isStale(limit.plusMillis(1), D, UTC, 48)).isFalse();
    }

    @Test
    void theZoneMovesTheEndOfD() {
        // 48 hours before midnight in Paris, 49 hours before midnight in UTC
        Instant asOf = Instant.parse("2026-11-22T23:00:00Z");

        assertThat(FeedFreshness.isStale(asOf, D, PARIS, 48)).isFalse();
        assertThat(FeedFreshness.isStale(asOf, D, UTC, 48)).isTrue();
        assertThat(FeedFreshness.isStale(asOf, D, NEW_YORK, 48)).isTrue();
        assertThat(FeedFreshness.isStale(asOf.plus(Duration.ofHours(6)), D, NEW_YORK, 48)).isFalse();
    }

    @Test
    void theEndOfADayOfDaylightSavingChangeIsStillItsMidnight() {
        // Paris leaves summer time on 2026-10-25: that day has 25 hours
        LocalDate changeDay = LocalDate.of(2026, 10, 25);
        Instant end = FeedFreshness.endOf(changeDay, PARIS);

        assertThat(end).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
        assertThat(FeedFreshness.isStale(end.minus(Duration.ofHours(24)), changeDay, PARIS, 24)).isFalse();
        assertThat(FeedFreshness.isStale(end.minus(Duration.ofHours(24)).minusMillis(1), changeDay, PARIS, 24))
                .isTrue();
    }

    @Test
    void aZeroMaxAgeAcceptsOnlyTheEndOfDOrLater() {
        Instant end = FeedFreshness.endOf(D, UTC);

        assertThat(FeedFreshness.isStale(end, D, UTC, 0)).isFalse();
        assertThat(FeedFreshness.isStale(end.plusSeconds(3600), D, UTC, 0)).isFalse();
        assertThat(FeedFreshness.isStale(end.minusMillis(1), D, UTC, 0)).isTrue();
    }

    @Test
    void aFeedDatedAfterDIsNotStale() {
        assertThat(FeedFreshness.isStale(Instant.parse("2026-11-30T00:00:00Z"), D, UTC, 48)).isFalse();
    }

    @Test
    void ageHoursArePrintedWithTwoPlacesHalfUp() {
        Instant end = FeedFreshness.endOf(D, UTC);

        assertThat(age(end.minus(Duration.ofHours(48)))).isEqualTo("48.00");
        assertThat(age(end.minus(Duration.ofHours(48)).minusMillis(1))).isEqualTo("48.00");
        assertThat(age(end.minus(Duration.ofMinutes(48 * 60 + 30)))).isEqualTo("48.50");
        assertThat(age(end.minus(Duration.ofMinutes(20)))).isEqualTo("0.33");
        // 7.5 minutes is 0.125 hours
        assertThat(age(end.minus(Duration.ofSeconds(450)))).isEqualTo("0.13");
        assertThat(age(end.minus(Duration.ofSeconds(449)))).isEqualTo("0.12");
        assertThat(age(end)).isEqualTo("0.00");
        assertThat(age(Instant.parse("2026-11-01T00:00:00Z"))).isEqualTo("576.00");
    }

    @Test
    void ageHoursFollowTheZone() {
        Instant asOf = Instant.parse("2026-11-22T23:00:00Z");

        assertThat(FeedFreshness.ageHours(asOf, D, PARIS).toPlainString()).isEqualTo("48.00");
        assertThat(FeedFreshness.ageHours(asOf, D, UTC).toPlainString()).isEqualTo("49.00");
    }

    private static String age(Instant asOf) {
        return FeedFreshness.ageHours(asOf, D, UTC).toPlainString();
    }
}
