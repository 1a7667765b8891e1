package com.stockrecon.api.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The api_key table: creating, finding by secret, listing and revoking keys. */
@Repository
public class ApiKeys {

    /** A supplier id becomes a folder name under feeds/: nothing that could leave that folder. */
    private static final Pattern SUPPLIER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final String COLUMNS = "key_id, prefix, supplier_id, public_key, created_at, expires_at,"
            + " last_used_at, revoked_at";

    private final JdbcTemplate jdbc;

    public ApiKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new key; the secret is in the answer only, the table keeps its hash. */
    public Created create(String supplierId, String publicKeyPem, int days, Instant now) {
        if (supplierId != null && !SUPPLIER_ID.matcher(supplierId).matches()) {
            throw new IllegalArgumentException("supplier id '" + supplierId + "' must be letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        if (days < 1) {
            throw new IllegalArgumentException("--days must be at least 1");
        }
        if (supplierId != null) {
            SupplierPublicKey.parse(publicKeyPem);
        }
        String secret = KeySecret.generate();
        Instant expires = now.plusSeconds(days * 86_400L);
        jdbc.update("INSERT INTO api_key (prefix, key_hash, supplier_id, public_key, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", KeySecret.prefixOf(secret), KeySecret.hash(secret), supplierId,
                supplierId == null ? null : publicKeyPem, utc(now), utc(expires));
        return new Created(secret, byPrefix(KeySecret.prefixOf(secret)).get(0));
    }

    /** The key whose secret this is, compared by hash in constant time. */
    public Optional<ApiKey> findBySecret(String secret) {
        String prefix = KeySecret.prefixOf(secret);
        if (!KeySecret.isWellFormed(secret)) {
            return Optional.empty();
        }
        String hash = KeySecret.hash(secret);
        List<Stored> candidates = jdbc.query("SELECT key_hash, " + COLUMNS + " FROM api_key WHERE prefix = ?",
                (row, n) -> new Stored(row.getString(1), read(row, 1)), prefix);
        ApiKey found = null;
        for (Stored candidate : candidates) {
            if (KeySecret.sameHash(candidate.hash(), hash)) {
                found = candidate.key();
            }
        }
        return Optional.ofNullable(found);
    }

    public List<ApiKey> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at, key_id", (row, n) -> read(row, 0));
    }

    public List<ApiKey> byPrefix(String prefix) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_key WHERE prefix = ? ORDER BY key_id",
                (row, n) -> read(row, 0), prefix);
    }

    /** Revokes the keys of a prefix; returns how many were active. */
    public int revoke(String prefix, Instant now) {
        return jdbc.update("UPDATE api_key SET revoked_at = ? WHERE prefix = ? AND revoked_at IS NULL", utc(now),
                prefix);
    }

    /** Notes a use; written at most once a minute per key so that reads stay reads. */
    public void used(ApiKey key, Instant now) {
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minusSeconds(60))) {
            jdbc.update("UPDATE api_key SET last_used_at = ? WHERE key_id = ?", utc(now), key.id());
        }
    }

    private static ApiKey read(ResultSet row, int offset) throws SQLException {
        String pem = row.getString(offset + 4);
        return new ApiKey(row.getLong(offset + 1), row.getString(offset + 2), row.getString(offset + 3),
                pem == null ? null : SupplierPublicKey.parse(pem), instant(row, offset + 5), instant(row, offset + 6),
                instant(row, offset + 7), instant(row, offset + 8));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Stored(String hash, ApiKey key) {
    }

    /** A key just made, with the secret that is shown once. */
    public record Created(String secret, ApiKey key) {
    }
}
