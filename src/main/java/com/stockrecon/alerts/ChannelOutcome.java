package com.stockrecon.alerts;

/** How one channel took an alert: delivered or not, after how many attempts, the last status and error. */
public record ChannelOutcome(boolean delivered, int attempts, Integer lastStatus, String lastError) {
}
