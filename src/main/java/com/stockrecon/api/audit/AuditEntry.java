package com.stockrecon.api.audit;

import java.time.Instant;

/**
 * One row of the audit table.
 *
 * @param event  the refusal's error code, or {@code accepted} for an accepted push
 */
public record AuditEntry(Instant at, String keyPrefix, String supplierId, String remoteAddress, String requestId,
        String event, String detail) {

    public static final String ACCEPTED = "accepted";
}
