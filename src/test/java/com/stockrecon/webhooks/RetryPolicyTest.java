package com.stockrecon.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), 5, Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Test
    void backoffDoublesPerRetryUpToItsCeiling() {
        assertThat(policy.ceilingBefore(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.ceilingBefore(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.ceilingBefore(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.ceilingBefore(4)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.ceilingBefore(20)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitterSpreadsEachDelayOverTheUpperHalf() {
        assertThat(policy.backoffBefore(3, 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoffBefore(3, 0.5)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.backoffBefore(3, 0.999_999)).isLessThan(Duration.ofSeconds(4)).isGreaterThan(Duration.ofMillis(3_990));
    }

    @Test
    void worstCaseIsEveryAttemptTimingOutPlusEveryFullBackoff() {
        // 6 attempts x 2 s + 1 + 2 + 4 + 5 + 5 s
        assertThat(policy.worstCase()).isEqualTo(Duration.ofSeconds(29));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> policy.withRetries(-1)).hasMessageContaining("retries");
        assertThatThrownBy(() -> policy.withTimeout(Duration.ZERO)).hasMessageContaining("timeout");
        assertThatThrownBy(() -> policy.withBackoff(Duration.ofSeconds(3), Duration.ofSeconds(1))).hasMessageContaining("backoff");
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(RetryAfter.parse("7", now)).contains(Duration.ofSeconds(7));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now.plusSeconds(90), ZoneOffset.UTC));
        assertThat(RetryAfter.parse(date, now)).contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Mon, 02 Mar 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("99999999999999999999", now)).contains(Duration.ofDays(1));
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
