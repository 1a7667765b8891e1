package com.stockrecon.runs;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.findings.InputFileException;

/** Turns whatever stopped a run into the one line an operator needs: which file, column or server, and why. */
public final class FailureMessages {

    /** What Hikari says when no driver takes the URL: "Driver x claims to not accept jdbcUrl, <url>". */
    private static final String NO_DRIVER = "claims to not accept jdbcUrl, ";

    private FailureMessages() {
    }

    public static String describe(List<Throwable> failures) {
        for (Throwable failure : failures) {
            String ours = ownMessage(failure);
            if (ours != null) {
                return ours;
            }
        }
        List<Throwable> unreachable = failures.stream().filter(FailureMessages::isDatabaseUnreachable).toList();
        if (!unreachable.isEmpty()) {
            // steps side by side each lose their session: the server's own reason beats a client's I/O error
            return describe(unreachable.stream().filter(FailureMessages::hasServerReason).findFirst()
                    .orElse(unreachable.get(0)));
        }
        return failures.isEmpty() ? "the run failed without a reported cause (see logs/stockrecon.log)"
                : describe(failures.get(0));
    }

    public static String describe(Throwable failure) {
        String ours = ownMessage(failure);
        if (ours != null) {
            return ours;
        }
        String settings = badSettings(failure);
        if (settings != null) {
            return settings;
        }
        if (isDatabaseUnreachable(failure)) {
            return "database unreachable: " + serverMessage(failure);
        }
        if (hasCause(failure, DataAccessException.class) || hasCause(failure, SQLException.class)) {
            return "database error: " + rootMessage(failure);
        }
        return rootMessage(failure);
    }

    private static String ownMessage(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof InputFileException || cause instanceof ConfigurationException
                    || cause instanceof java.io.UncheckedIOException) {
                return oneLine(cause.getMessage());
            }
        }
        return null;
    }

    /** A datasource URL no driver accepts, or one that is no JDBC URL at all. */
    private static String badSettings(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            int url = message.indexOf(NO_DRIVER);
            if (url >= 0) {
                return "database settings: no database driver accepts the URL "
                        + oneLine(message.substring(url + NO_DRIVER.length()))
                        + " (use jdbc:postgresql://HOST:PORT/DATABASE or jdbc:h2:file:PATH)";
            }
            if (cause instanceof IllegalArgumentException && message.contains("'url' must start with \"jdbc\"")) {
                return "database settings: the datasource URL must start with \"jdbc\""
                        + " (use jdbc:postgresql://HOST:PORT/DATABASE or jdbc:h2:file:PATH)";
            }
        }
        return null;
    }

    public static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions (08...) and the server shutting down or ending the session (57P0x). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /**
     * Why the server could not be used, naming it where the driver does: the driver's own message
     * ("Connection to 127.0.0.1:1 refused ...") says more than the socket error beneath it.
     */
    /** An SQLState of class 57 (operator intervention): the server said why it ended the session. */
    private static boolean hasServerReason(Throwable failure) {
        return causes(failure).stream().anyMatch(cause -> cause instanceof SQLException sql
                && sql.getSQLState() != null && sql.getSQLState().startsWith("57"));
    }

    private static String serverMessage(Throwable failure) {
        List<Throwable> chain = causes(failure);
        for (Throwable cause : chain) {
            if (cause instanceof UnknownHostException) {
                return "unknown host " + oneLine(String.valueOf(cause.getMessage()));
            }
        }
        SQLException chosen = null;
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                chosen = sql;
                break;
            }
        }
        if (chosen == null) {
            chosen = chain.stream().filter(SQLException.class::isInstance).map(SQLException.class::cast)
                    .findFirst().orElse(null);
        }
        if (chosen == null) {
            return rootMessage(failure);
        }
        // A pool's "connection not available" wraps the driver's own words, which name the server.
        for (Throwable inner = chosen.getCause(); inner != null && inner != inner.getCause(); inner = inner.getCause()) {
            if (inner instanceof SQLException sql && sql.getMessage() != null) {
                chosen = sql;
            }
        }
        return chosen.getMessage() == null ? rootMessage(failure) : oneLine(chosen.getMessage());
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return causes(failure).stream().anyMatch(type::isInstance);
    }

    /**
     * The failure and its causes, outermost first. A failed rollback hides the exception that made
     * the step roll back (often the real reason, e.g. the server ending the session): it comes first.
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        collect(failure, chain);
        return chain;
    }

    private static void collect(Throwable failure, List<Throwable> chain) {
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                collect(rollback.getApplicationException(), chain);
            }
            chain.add(cause);
        }
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
