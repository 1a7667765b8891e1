package com.stockrecon.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The business date of a fire: the date, in the job's zone, of the last time the cron names at or before it. */
class ScheduledDateTest {

    private static final String NIGHTLY = "0 30 2 * * ?";
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void aFireOnTimeReconcilesTheDateItIsScheduledOn() {
        assertThat(ScheduledDate.of(NIGHTLY, UTC, Instant.parse("2026-11-24T02:30:00Z")))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aFireAQuarterSecondLateIsStillTheNightItWasScheduledFor() {
        assertThat(ScheduledDate.of(NIGHTLY, UTC, Instant.parse("2026-11-24T02:30:00.250Z")))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aMissedFireStartedLaterTheSameDayReconcilesTheNightItMissed() {
        assertThat(ScheduledDate.of(NIGHTLY, UTC, Instant.parse("2026-11-24T09:12:41.512Z")))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void afterThreeMissedNightsTheFireStartedBeforeTheNextNightReconcilesTheLastMissedOne() {
        // down since 2026-11-21 evening: the nights of 22, 23 and 24 were missed; started again on 25 at 01:00
        assertThat(ScheduledDate.of(NIGHTLY, UTC, Instant.parse("2026-11-25T01:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void theDateIsTakenInTheJobsZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // 00:15 in Paris on the 25th is still the 24th in UTC
        assertThat(ScheduledDate.of("0 15 0 * * ?", paris, Instant.parse("2026-11-24T23:15:00Z")))
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aCronThatNeverFiredBeforeTheFireFallsBackToTheFiresOwnDate() {
        assertThat(ScheduledDate.of("0 0 12 1 1 ? 2099", UTC, Instant.parse("2026-11-24T12:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
