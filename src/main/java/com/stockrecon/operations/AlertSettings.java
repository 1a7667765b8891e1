package com.stockrecon.operations;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Where operator alerts go and when: the job definition's {@code alerts:} section.
 *
 * @param timeout for one webhook request and for one command to finish
 * @param retries further attempts of a channel that failed (outbound.md §2 retry policy)
 */
public record AlertSettings(List<Webhook> webhooks, List<String> commands, AlertRules when, Duration timeout,
        int retries) {

    public static final long DEFAULT_TIMEOUT_SECONDS = 10;
    public static final int DEFAULT_RETRIES = 5;

    public static final AlertSettings NONE = new AlertSettings(List.of(), List.of(), AlertRules.NONE,
            Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), DEFAULT_RETRIES);

    public boolean hasChannels() {
        return !webhooks.isEmpty() || !commands.isEmpty();
    }

    /** @param secretEnv the environment variable that holds the {@code whsec_} signing secret */
    public record Webhook(URI url, String secretEnv) {
    }
}
