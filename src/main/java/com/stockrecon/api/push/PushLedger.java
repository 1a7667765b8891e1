package com.stockrecon.api.push;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.stockrecon.api.http.ApiSettings;

/**
 * The api_push table: each webhook-id of a key for 24 h, its body's hash, the feed file it lands as and,
 * once answered, its answer. A push is claimed before anything is written, so one id is worked on by
 * one request at a time; a claim older than {@link #CLAIM_SECONDS} is taken over by a retry (its
 * process died before answering).
 */
@Repository
public class PushLedger {

    static final long CLAIM_SECONDS = 60;

    private final JdbcTemplate jdbc;

    public PushLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The push as recorded, if this key sent this id within 24 h. */
    public Optional<Entry> find(long keyId, String webhookId, Instant now) {
        List<Entry> found = jdbc.query("SELECT body_sha256, feed_file, response, claimed_at FROM api_push"
                + " WHERE key_id = ? AND webhook_id = ? AND received_at > ?",
                (row, n) -> new Entry(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, OffsetDateTime.class).toInstant()),
                keyId, webhookId, utc(now.minusSeconds(ApiSettings.REPLAY_WINDOW_SECONDS)));
        return found.stream().findFirst();
    }

    /** Records a new push; false when the id is recorded already (another request was first). */
    public boolean claim(long keyId, String webhookId, String bodySha256, String feedFile, Instant now) {
        jdbc.update("DELETE FROM api_push WHERE key_id = ? AND webhook_id = ? AND received_at <= ?", keyId, webhookId,
                utc(now.minusSeconds(ApiSettings.REPLAY_WINDOW_SECONDS)));
        try {
            jdbc.update("INSERT INTO api_push (key_id, webhook_id, body_sha256, received_at, claimed_at, feed_file)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", keyId, webhookId, bodySha256, utc(now), utc(now), feedFile);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Takes over an unanswered push whose claim is stale; false when another request did first. */
    public boolean takeOver(long keyId, String webhookId, Entry stale, Instant now) {
        return jdbc.update("UPDATE api_push SET claimed_at = ? WHERE key_id = ? AND webhook_id = ? AND claimed_at = ?"
                + " AND response IS NULL", utc(now), keyId, webhookId, utc(stale.claimedAt())) == 1;
    }

    public void answered(long keyId, String webhookId, String response) {
        jdbc.update("UPDATE api_push SET response = ? WHERE key_id = ? AND webhook_id = ?", response, keyId,
                webhookId);
    }

    /** Forgets an unanswered push whose work failed, so that its retry starts afresh. */
    public void release(long keyId, String webhookId) {
        jdbc.update("DELETE FROM api_push WHERE key_id = ? AND webhook_id = ? AND response IS NULL", keyId, webhookId);
    }

    /** Pushes older than the replay window are forgotten (their timestamps are long stale anyway). */
    public int forgetOld(Instant now) {
        return jdbc.update("DELETE FROM api_push WHERE received_at <= ?",
                utc(now.minusSeconds(ApiSettings.REPLAY_WINDOW_SECONDS)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A recorded push; {@code response} null while it is being worked on. */
    public record Entry(String bodySha256, String feedFile, String response, Instant claimedAt) {

        boolean isStale(Instant now) {
            return claimedAt.isBefore(now.minusSeconds(CLAIM_SECONDS));
        }
    }
}
