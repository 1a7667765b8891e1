package com.stockrecon.api.http;

import java.util.List;
import java.util.OptionalLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.stockrecon.staging.Dialect;
import com.stockrecon.staging.Staging;

/**
 * At most {@code limit} requests of one key in any 60 s, shared by every {@code serve} process of the
 * database. The key's last {@code limit} request times sit in a ring of slots; a request may go when
 * the oldest of them is more than 60 s old, and takes its slot. The key's api_rate row is locked for
 * that (SELECT ... FOR UPDATE), so processes take turns: one row lock and two small statements per
 * request, on H2 as on PostgreSQL, with no library that knows only one of them.
 */
@Component
public class RateLimiter {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Staging staging;

    public RateLimiter(JdbcTemplate jdbc, PlatformTransactionManager transactions, Staging staging) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.staging = staging;
    }

    /** Empty when the request may go (and is counted); else the seconds until it may. */
    public OptionalLong acquire(long keyId, int limit, long nowMillis) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> take(keyId, limit, nowMillis));
            } catch (DuplicateKeyException raced) {
                // another process made the key's first row at the same moment: its row is there now
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    private OptionalLong take(long keyId, int limit, long now) {
        if (staging.dialect() == Dialect.POSTGRESQL) {
            // Every request of a key queues on its row: the lock must not wait for a disk flush. A crash
            // may forget the last few ms of counts, which lets a handful of requests more through once.
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        }
        List<Integer> next = jdbc.queryForList("SELECT next_slot FROM api_rate WHERE key_id = ? FOR UPDATE",
                Integer.class, keyId);
        if (next.isEmpty()) {
            jdbc.update("INSERT INTO api_rate (key_id, next_slot) VALUES (?, 0)", keyId);
            next = jdbc.queryForList("SELECT next_slot FROM api_rate WHERE key_id = ? FOR UPDATE", Integer.class,
                    keyId);
        }
        int slot = Math.floorMod(next.get(0), limit);
        List<Long> oldest = jdbc.queryForList("SELECT hit_at FROM api_rate_slot WHERE key_id = ? AND slot = ?",
                Long.class, keyId, slot);
        if (!oldest.isEmpty() && oldest.get(0) > now - ApiSettings.RATE_WINDOW_MILLIS) {
            long waitMillis = oldest.get(0) + ApiSettings.RATE_WINDOW_MILLIS - now;
            return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
        }
        if (oldest.isEmpty()) {
            jdbc.update("INSERT INTO api_rate_slot (key_id, slot, hit_at) VALUES (?, ?, ?)", keyId, slot, now);
        } else {
            jdbc.update("UPDATE api_rate_slot SET hit_at = ? WHERE key_id = ? AND slot = ?", now, keyId, slot);
        }
        jdbc.update("UPDATE api_rate SET next_slot = ? WHERE key_id = ?", (slot + 1) % limit, keyId);
        return OptionalLong.empty();
    }
}
