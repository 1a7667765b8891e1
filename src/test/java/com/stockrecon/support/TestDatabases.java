package com.stockrecon.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh databases for tests: an in-memory H2 database, or a schema of its own in the PostgreSQL
 * server every development and CI machine runs (127.0.0.1:5432, user postgres, database test).
 */
public final class TestDatabases {

    public static final String POSTGRES_SERVER = System.getProperty("stockrecon.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = "postgres";

    private TestDatabases() {
    }

    /** Points a Spring test context at a fresh in-memory H2 database. */
    public static void useH2(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = h2Url();
        registry.add("spring.datasource.url", () -> url);
    }

    /** Points a Spring test context at a fresh schema on the PostgreSQL server. */
    public static void usePostgres(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = postgresUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> POSTGRES_USER);
        registry.add("spring.datasource.password", () -> "");
    }

    public static String h2Url() {
        return "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    public static String h2FileUrl(java.nio.file.Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("stockrecon") + ";AUTO_SERVER=TRUE";
    }

    /** A new, empty schema on the PostgreSQL server, as a JDBC URL whose current schema it is. */
    public static String postgresUrl() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER, POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_SERVER + " is required for this test"
                    + " (.ci/run starts it): " + e.getMessage(), e);
        }
        return POSTGRES_SERVER + "?currentSchema=" + schema;
    }
}
