package com.stockrecon.api.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The api_audit table: every refusal and every accepted push. */
@Repository
public class AuditLog {

    private static final int DETAIL_LENGTH = 1000;

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(AuditEntry entry) {
        jdbc.update("INSERT INTO api_audit (at, key_prefix, supplier_id, remote_address, request_id, event, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", entry.at().atOffset(ZoneOffset.UTC), entry.keyPrefix(),
                clip(entry.supplierId(), 200), clip(entry.remoteAddress(), 64), entry.requestId(), entry.event(),
                clip(entry.detail(), DETAIL_LENGTH));
    }

    /** Rows from {@code since} (null: all), of one supplier (null: all), oldest first. */
    public List<AuditEntry> list(Instant since, String supplierId) {
        StringBuilder sql = new StringBuilder("SELECT at, key_prefix, supplier_id, remote_address, request_id, event,"
                + " detail FROM api_audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (since != null) {
            sql.append(" AND at >= ?");
            args.add(since.atOffset(ZoneOffset.UTC));
        }
        if (supplierId != null) {
            sql.append(" AND supplier_id = ?");
            args.add(supplierId);
        }
        sql.append(" ORDER BY at, audit_id");
        return jdbc.query(sql.toString(), (row, n) -> new AuditEntry(row.getObject(1, OffsetDateTime.class).toInstant(),
                row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                row.getString(7)), args.toArray());
    }

    /** Control characters out (a hostile value cannot forge lines of a listing), then cut to the column. */
    private static String clip(String text, int length) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), length));
        for (int i = 0; i < text.length() && clean.length() < length; i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        return clean.toString();
    }
}
