package com.stockrecon.runs;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.inputs.InputFileException;

/** Turns whatever stopped a run into the one line an operator needs: which file, column or server, and why. */
public final class FailureMessages {

    private FailureMessages() {
    }

    public static String describe(List<Throwable> failures) {
        for (Throwable failure : failures) {
            String ours = ownMessage(failure);
            if (ours != null) {
                return ours;
            }
        }
        return failures.isEmpty() ? "the run failed without a reported cause (see logs/stockrecon.log)"
                : describe(failures.get(0));
    }

    public static String describe(Throwable failure) {
        String ours = ownMessage(failure);
        if (ours != null) {
            return ours;
        }
        if (isDatabaseUnreachable(failure)) {
            return "database unreachable: " + driverMessage(failure);
        }
        if (hasCause(failure, DataAccessException.class) || hasCause(failure, SQLException.class)) {
            return "database error: " + rootMessage(failure);
        }
        return rootMessage(failure);
    }

    private static String ownMessage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InputFileException || cause instanceof ConfigurationException
                    || cause instanceof java.io.UncheckedIOException) {
                return oneLine(cause.getMessage());
            }
        }
        return null;
    }

    public static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof ConnectException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The driver's own words name the server ("Connection to host:port refused"); the socket error under them does not. */
    private static String driverMessage(Throwable failure) {
        String message = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message != null ? oneLine(message) : rootMessage(failure);
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return oneLine(message == null ? root.getClass().getSimpleName() : message);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return line.length() > 500 ? line.substring(0, 497) + "..." : line;
    }
}
