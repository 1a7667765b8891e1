package com.stockrecon.webhooks;

import java.net.URI;
import java.util.Objects;

/**
 * One message to deliver: where, signed with which secret, under which {@code webhook-id} (the same id
 * for every attempt and every resend of the same message, so a receiver can drop duplicates), and the
 * JSON body.
 */
public record WebhookRequest(URI target, WebhookSecret secret, String id, String body) {

    public WebhookRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
            throw new IllegalArgumentException("webhook target must be an http or https URL, not " + target);
        }
    }

    @Override
    public String toString() {
        return "WebhookRequest[" + id + " to " + target + ", " + body.length() + " chars]";
    }
}
