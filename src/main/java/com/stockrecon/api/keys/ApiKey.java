package com.stockrecon.api.keys;

import java.security.PublicKey;
import java.time.Instant;

/**
 * A stored API key, without its secret.
 *
 * @param supplierId the supplier it acts for; null for a read-only key over all suppliers
 * @param publicKey  the supplier's Ed25519 key its pushes are signed with; null for a reader key
 */
public record ApiKey(long id, String prefix, String supplierId, PublicKey publicKey, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean isReader() {
        return supplierId == null;
    }

    public KeyStatus status(Instant now) {
        if (revokedAt != null) {
            return KeyStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? KeyStatus.ACTIVE : KeyStatus.EXPIRED;
    }
}
