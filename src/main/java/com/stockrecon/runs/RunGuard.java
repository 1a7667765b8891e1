package com.stockrecon.runs;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

import com.stockrecon.staging.Dialect;
import com.stockrecon.staging.Staging;

/**
 * Makes sure two runs of the same job and date never execute at once, also from two machines that
 * share the database. The lock lives in a database session held for the length of the run, so a
 * killed process or a lost connection releases it: a PostgreSQL advisory lock, or on H2 a locked
 * row of run_guard.
 */
@Component
public class RunGuard {

    private final DataSource dataSource;
    private final Staging staging;

    public RunGuard(DataSource dataSource, Staging staging) {
        this.dataSource = dataSource;
        this.staging = staging;
    }

    /** The lock for the job and date, or empty when another process holds it. */
    public Optional<Lease> tryAcquire(String jobName, LocalDate businessDate) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("cannot connect to the database", e);
        }
        try {
            boolean acquired = staging.dialect() == Dialect.POSTGRESQL
                    ? advisoryLock(connection, jobName, businessDate)
                    : rowLock(connection, jobName, businessDate);
            if (acquired) {
                return Optional.of(new Lease(connection));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new CannotGetJdbcConnectionException("cannot take the run lock", e);
        }
    }

    private static boolean advisoryLock(Connection connection, String jobName, LocalDate businessDate)
            throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, jobKey(connection.getSchema(), jobName));
            lock.setInt(2, (int) businessDate.toEpochDay());
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static boolean rowLock(Connection connection, String jobName, LocalDate businessDate)
            throws SQLException {
        connection.setAutoCommit(true);
        int previousTimeout;
        try (var statement = connection.createStatement();
                ResultSet timeout = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
            timeout.next();
            previousTimeout = timeout.getInt(1);
            statement.execute("SET LOCK_TIMEOUT 200");
        }
        try {
            return lockRow(connection, jobName, businessDate);
        } finally {
            // the session goes back to the pool after the run: leave it as it was
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCK_TIMEOUT " + previousTimeout);
            }
        }
    }

    private static boolean lockRow(Connection connection, String jobName, LocalDate businessDate)
            throws SQLException {
        // A plain insert, not a MERGE: merging into the row another run holds waits for its lock.
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO run_guard (job_name, business_date) VALUES (?, ?)")) {
            insert.setString(1, jobName);
            insert.setObject(2, businessDate);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (isLockTimeout(e)) {
                return false;
            }
            if (!isDuplicateKey(e)) {
                throw e;
            }
        }
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT job_name FROM run_guard WHERE job_name = ? AND business_date = ? FOR UPDATE")) {
            lock.setString(1, jobName);
            lock.setObject(2, businessDate);
            lock.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if (isLockTimeout(e)) {
                connection.rollback();
                return false;
            }
            throw e;
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static boolean isLockTimeout(SQLException e) {
        // H2: LOCK_TIMEOUT_1 (50200), or a concurrent update of the same row (90131)
        return e.getErrorCode() == 50200 || e.getErrorCode() == 90131 || "HYT00".equals(e.getSQLState());
    }

    /**
     * Advisory locks belong to the whole database, not to a schema: the key holds the schema, so that
     * two installations sharing a database (test and production schemas) never block each other.
     */
    static int jobKey(String schema, String jobName) {
        CRC32 crc = new CRC32();
        crc.update(("stockrecon:" + schema + ":" + jobName).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the session is gone, and with it any lock it held
        }
    }

    /** The held lock; closing it releases the lock with the session. */
    public static final class Lease implements AutoCloseable {

        private final Connection connection;

        Lease(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                } else {
                    try (var unlock = connection.createStatement()) {
                        unlock.execute("SELECT pg_advisory_unlock_all()");
                    }
                }
            } catch (SQLException ignored) {
                // a broken session releases its locks on the server side
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
