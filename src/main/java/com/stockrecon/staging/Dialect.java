package com.stockrecon.staging;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** The two databases StockRecon runs on, and the few places their SQL differs. */
public enum Dialect {

    H2("", "VARCHAR"),
    POSTGRESQL("UNLOGGED", "TEXT COLLATE \"C\"");

    /** Work tables only live until the run completes; PostgreSQL need not write them to its WAL. */
    private final String workTableModifier;
    /** Text that sorts by code point on both databases, so reports come out byte-identical. */
    private final String textType;

    Dialect(String workTableModifier, String textType) {
        this.workTableModifier = workTableModifier;
        this.textType = textType;
    }

    public String workTableModifier() {
        return workTableModifier;
    }

    public String textType() {
        return textType;
    }

    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("h2")) {
                return H2;
            }
            throw new IllegalStateException("unsupported database: " + product + " (use H2 or PostgreSQL)");
        } catch (SQLException e) {
            throw new org.springframework.jdbc.CannotGetJdbcConnectionException("cannot connect to the database", e);
        }
    }
}
