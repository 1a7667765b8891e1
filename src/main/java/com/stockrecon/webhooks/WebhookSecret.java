package com.stockrecon.webhooks;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of the key bytes. It is
 * only ever read from an environment variable, and neither its value nor its bytes appear in
 * {@link #toString()} or in any error message.
 */
public final class WebhookSecret {

    static final String PREFIX = "whsec_";

    private final byte[] key;
    private final String source;

    private WebhookSecret(byte[] key, String source) {
        this.key = key;
        this.source = source;
    }

    /** The secret held by environment variable {@code name} of the process. */
    public static WebhookSecret fromEnvironment(String name) {
        return fromEnvironment(name, System.getenv());
    }

    /** The secret held by variable {@code name} of {@code environment}. */
    public static WebhookSecret fromEnvironment(String name, Map<String, String> environment) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no environment variable named for the webhook secret");
        }
        String text = environment.get(name);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " (webhook secret) is not set");
        }
        return parse(text.strip(), "environment variable " + name);
    }

    static WebhookSecret parse(String text, String source) {
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException(source + " does not hold a webhook secret: it must start with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(source + " does not hold a webhook secret: the text after "
                    + PREFIX + " is not base64");
        }
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException(source + " does not hold a webhook secret: it must encode 24 to 64 bytes, not "
                    + key.length);
        }
        return new WebhookSecret(key, source);
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[from " + source + "]";
    }
}
