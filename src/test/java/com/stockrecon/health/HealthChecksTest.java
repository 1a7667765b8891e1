package com.stockrecon.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.operations.LastCompletedRun;

/** The DOWN edges of last-run and reports-disk (the process test covers the UP side and the database). */
class HealthChecksTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final ComponentHealth DATABASE_UP = ComponentHealth.up(ComponentHealth.DATABASE, "answered");

    @TempDir
    Path work;

    @Test
    void lastRunIsDownPastTheMaximumAgeAndUpAtIt() {
        LastCompletedRun run = new LastCompletedRun(LocalDate.of(2026, 11, 24), NOW.minus(Duration.ofHours(26)),
                null);
        HealthChecks.DatabaseAnswer answer = new HealthChecks.DatabaseAnswer(DATABASE_UP, Optional.of(run));
        assertThat(HealthChecks.lastRun(answer, Duration.ofHours(26), NOW, "nightly").up()).isTrue();
        assertThat(HealthChecks.lastRun(answer, Duration.ofHours(26), NOW.plusSeconds(60), "nightly").line())
                .isEqualTo("last-run: DOWN nightly 2026-11-24 completed at 2026-11-24T10:00:00Z (26.0 h ago, limit"
                        + " 26 h)");
        assertThat(HealthChecks.lastRun(new HealthChecks.DatabaseAnswer(DATABASE_UP, Optional.empty()),
                Duration.ofHours(26), NOW, "nightly").line()).isEqualTo("last-run: DOWN no completed run of nightly");
    }

    @Test
    void reportsDiskLooksAtTheNearestExistingFolderAndItsFreeSpace() {
        Path notYet = work.resolve("reports/not/yet");
        assertThat(HealthChecks.reportsDisk(notYet, 1).up()).isTrue();
        assertThat(HealthChecks.reportsDisk(notYet, Long.MAX_VALUE / (1024 * 1024)).line())
                .startsWith("reports-disk: DOWN ").contains(" MB free for " + notYet);
    }
}
