package com.stockrecon.staging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.UncategorizedSQLException;

/** Streams rows through COPY ... FROM STDIN in text format on a connection of its own. */
final class PostgresCopyWriter implements BulkWriter {

    private static final int FLUSH_AT = 1 << 18;

    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder pending = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    PostgresCopyWriter(Connection connection, String table, String[] columns) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(",", columns) + ") FROM STDIN (FORMAT text)");
    }

    @Override
    public void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                pending.append('\t');
            }
            append(values[i]);
        }
        pending.append('\n');
        rows++;
        if (pending.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void append(Object value) {
        if (value == null) {
            pending.append("\\N");
        } else if (value instanceof BigDecimal decimal) {
            pending.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            pending.append(value);
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> pending.append("\\\\");
                    case '\t' -> pending.append("\\t");
                    case '\n' -> pending.append("\\n");
                    case '\r' -> pending.append("\\r");
                    default -> pending.append(c);
                }
            }
        }
    }

    private void flush() {
        try {
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            pending.setLength(0);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("COPY", null, e);
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try (connection) {
            flush();
            copy.endCopy();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("COPY", null, e);
        }
    }
}
