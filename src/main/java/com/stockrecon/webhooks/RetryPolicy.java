package com.stockrecon.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard to try one message: the timeout of each attempt, how many retries after the first attempt,
 * and exponential backoff between them ({@code initialBackoff} doubled per retry up to {@code maxBackoff}),
 * each delay jittered to a random point in its upper half so that many senders do not retry in step.
 */
public record RetryPolicy(Duration timeout, int retries, Duration initialBackoff, Duration maxBackoff) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_RETRIES = 5;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

    public RetryPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        if (retries < 0 || retries > 20) {
            throw new IllegalArgumentException("retries must be between 0 and 20, not " + retries);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be 0 <= initial <= max, not " + initialBackoff + " .. " + maxBackoff);
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_TIMEOUT, DEFAULT_RETRIES, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    public RetryPolicy withTimeout(Duration newTimeout) {
        return new RetryPolicy(newTimeout, retries, initialBackoff, maxBackoff);
    }

    public RetryPolicy withRetries(int newRetries) {
        return new RetryPolicy(timeout, newRetries, initialBackoff, maxBackoff);
    }

    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(timeout, retries, initial, max);
    }

    /** The un-jittered delay before retry number {@code retry} (1 for the first retry). */
    public Duration ceilingBefore(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries count from 1, not " + retry);
        }
        Duration delay = initialBackoff;
        for (int i = 1; i < retry && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    /** The delay before retry number {@code retry}, given a uniform random {@code draw} in [0, 1). */
    public Duration backoffBefore(int retry, double draw) {
        if (draw < 0 || draw >= 1) {
            throw new IllegalArgumentException("draw must lie in [0, 1), not " + draw);
        }
        long ceiling = ceilingBefore(retry).toMillis();
        return Duration.ofMillis(ceiling / 2 + (long) ((ceiling - ceiling / 2) * draw));
    }

    /** The longest one message can take when no receiver asks for more with Retry-After. */
    public Duration worstCase() {
        Duration total = timeout.multipliedBy(retries + 1L);
        for (int retry = 1; retry <= retries; retry++) {
            total = total.plus(ceilingBefore(retry));
        }
        return total;
    }
}
