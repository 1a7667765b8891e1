package com.stockrecon.staging;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Work tables of a run and bulk writes into them. Bulk writers use connections of their own, so a
 * step may fill several tables at once (PostgreSQL allows one COPY per connection); steps that
 * write here are idempotent: they recreate their tables when they run again.
 */
@Component
public class Staging {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile Dialect dialect;

    public Staging(DataSource dataSource) {
        // A wrapper of its own keeps staging work out of the step's transaction: on PostgreSQL a table
        // created inside an open transaction is invisible to the bulk writers' connections.
        this.dataSource = new DelegatingDataSource(dataSource);
        this.jdbc = new JdbcTemplate(this.dataSource);
    }

    public Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(dataSource);
            dialect = known;
        }
        return known;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public void recreate(WorkTable table, long runId) {
        drop(table, runId);
        jdbc.execute(table.createStatement(runId, dialect()));
    }

    public void createIfMissing(WorkTable table, long runId) {
        jdbc.execute(table.createStatement(runId, dialect()).replaceFirst(" TABLE ", " TABLE IF NOT EXISTS "));
    }

    public void drop(WorkTable table, long runId) {
        jdbc.execute("DROP TABLE IF EXISTS " + table.in(runId));
    }

    public long count(WorkTable table, long runId, String where, Object... args) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.in(runId)
                + (where == null ? "" : " WHERE " + where), Long.class, args);
        return rows == null ? 0 : rows;
    }

    /**
     * Streams a large result row by row on a connection of its own (PostgreSQL otherwise loads the
     * whole result into memory before the first row).
     */
    public void stream(String sql, org.springframework.jdbc.core.RowCallbackHandler handler, Object... args) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(10_000);
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.processRow(rows);
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new org.springframework.jdbc.UncategorizedSQLException("streaming query", sql, e);
        }
    }

    public BulkWriter writer(WorkTable table, long runId, String... columns) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                return dialect() == Dialect.POSTGRESQL
                        ? new PostgresCopyWriter(connection, table.in(runId), columns)
                        : new H2BatchWriter(connection, table.in(runId), columns);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("cannot open a bulk writer on " + table.in(runId), e);
        }
    }
}
