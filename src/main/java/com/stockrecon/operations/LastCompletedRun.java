package com.stockrecon.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The job's most recently completed run, from {@code recon_run}: for the health check's "last-run" and
 * for the metrics of a failed run whose process has no earlier figures.
 */
public record LastCompletedRun(LocalDate businessDate, Instant completedAt, Path reportFolder) {

    private static final String SQL = "SELECT business_date, completed_at, reports_dir FROM recon_run"
            + " WHERE job_name = ? AND completed_at IS NOT NULL ORDER BY completed_at DESC FETCH FIRST 1 ROWS ONLY";

    public static Optional<LastCompletedRun> find(Connection connection, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, job);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String folder = row.getString(3);
                return Optional.of(new LastCompletedRun(row.getObject(1, LocalDate.class),
                        row.getTimestamp(2).toInstant(), folder == null ? null : Path.of(folder)));
            }
        }
    }
}
