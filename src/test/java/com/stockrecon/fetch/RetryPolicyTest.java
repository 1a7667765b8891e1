package com.stockrecon.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which answers are tried again and how long the pauses between tries are. */
class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1));

    @Test
    void serverErrorsAndRateLimitsAreRetriedOtherAnswersAreFinal() {
        assertThat(RetryPolicy.isRetryable(500)).isTrue();
        assertThat(RetryPolicy.isRetryable(503)).isTrue();
        assertThat(RetryPolicy.isRetryable(429)).isTrue();
        assertThat(RetryPolicy.isRetryable(401)).isFalse();
        assertThat(RetryPolicy.isRetryable(404)).isFalse();
    }

    @Test
    void threeRetriesMeanFourTries() {
        assertThat(policy.allowsAnother(3)).isTrue();
        assertThat(policy.allowsAnother(4)).isFalse();
    }

    @Test
    void pausesDoubleAfterEachTry() {
        assertThat(policy.pauseAfter(1, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.pauseAfter(2, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.pauseAfter(3, Optional.empty())).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aRetryAfterInSecondsIsHonouredUpToAMinute() {
        assertThat(policy.pauseAfter(1, Optional.of("7"))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.pauseAfter(1, Optional.of("3600"))).isEqualTo(RetryPolicy.MAX_WAIT);
        assertThat(policy.pauseAfter(2, Optional.of("Wed, 21 Oct 2026 07:28:00 GMT"))).isEqualTo(Duration.ofSeconds(2));
    }
}
