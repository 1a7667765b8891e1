package com.stockrecon.webhooks;

/**
 * How a delivery ended: delivered (a 2xx) or not, after how many attempts, the last HTTP status
 * (0 when no response came) and the last error (null once delivered).
 */
public record WebhookOutcome(boolean delivered, int attempts, int lastStatus, String lastError) {

    static WebhookOutcome delivered(int attempts, int status) {
        return new WebhookOutcome(true, attempts, status, null);
    }

    static WebhookOutcome failed(int attempts, int status, String error) {
        return new WebhookOutcome(false, attempts, status, error);
    }
}
