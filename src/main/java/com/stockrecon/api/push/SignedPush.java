package com.stockrecon.api.push;

import java.time.Instant;

/** The Standard Webhooks headers of a push whose signature verified. */
public record SignedPush(String webhookId, Instant timestamp) {
}
