package com.stockrecon.outbound.ledger;

import java.time.LocalDateTime;

/** One row of the deliveries table: one message of one run to one target. */
public record DeliveryRecord(long runId, String target, int batch, String webhookId, int items, String bodySha256,
        DeliveryStatus status, int attempts, Integer lastStatus, String lastError, LocalDateTime deliveredAt) {
}
