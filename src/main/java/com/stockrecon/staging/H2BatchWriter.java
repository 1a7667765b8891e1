package com.stockrecon.staging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.jdbc.UncategorizedSQLException;

/** Batched prepared inserts on a connection of its own; H2 has no faster public bulk path. */
final class H2BatchWriter implements BulkWriter {

    private static final int BATCH = 5_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;
    private long rows;

    H2BatchWriter(Connection connection, String table, String[] columns) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        String placeholders = "?,".repeat(columns.length);
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(",", columns)
                + ") VALUES (" + placeholders.substring(0, placeholders.length() - 1) + ")");
    }

    @Override
    public void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.addBatch();
            rows++;
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("bulk insert", null, e);
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try (connection; insert) {
            if (pending > 0) {
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("bulk insert", null, e);
        }
    }
}
