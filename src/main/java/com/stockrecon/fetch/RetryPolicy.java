package com.stockrecon.fetch;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed request is sent again and after how long: 5xx, 429 and timeouts are retried with
 * exponential backoff ({@code base}, 2 x base, 4 x base, ...); a 429's Retry-After in seconds is
 * honoured up to {@link #MAX_WAIT}. Any other answer is final at once.
 */
public record RetryPolicy(int retries, Duration base) {

    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    public static boolean isRetryable(int status) {
        return status >= 500 || status == 429;
    }

    /** Whether one more request may follow the {@code tries} already sent. */
    public boolean allowsAnother(int tries) {
        return tries <= retries;
    }

    /** The pause after the {@code tries}-th failed request. */
    public Duration pauseAfter(int tries, Optional<String> retryAfter) {
        Duration backoff = base.multipliedBy(1L << Math.min(tries - 1, 20));
        Duration pause = retryAfter.flatMap(RetryPolicy::seconds).orElse(backoff);
        return pause.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : pause;
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            long seconds = Long.parseLong(retryAfter.trim());
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
