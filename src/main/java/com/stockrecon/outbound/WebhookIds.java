package com.stockrecon.outbound;

import java.nio.charset.StandardCharsets;

/**
 * The {@code webhook-id} of a message: {@code msg_<run_id>_<target>_<batch>}, the same for every attempt
 * and resend of one run's batch to one target, and new for a rerun (a new run id). Characters other than
 * letters, digits, '.', '-' and '_' are percent-encoded so the id is a plain header value.
 */
public final class WebhookIds {

    private WebhookIds() {
    }

    public static String of(long runId, String target, int batch) {
        StringBuilder id = new StringBuilder("msg_").append(runId).append('_');
        for (byte raw : target.getBytes(StandardCharsets.UTF_8)) {
            int b = raw & 0xFF;
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' || b == '-'
                    || b == '_') {
                id.append((char) b);
            } else {
                id.append('%').append(String.format("%02X", b));
            }
        }
        return id.append('_').append(batch).toString();
    }
}
