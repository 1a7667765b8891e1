package com.stockrecon.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.findings.InputFileException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The one line an operator reads when a run fails: which file, column or server, and why. */
class FailureMessagesTest {

    /** A port nothing listens on: connecting to it is refused at once. */
    private static int closedPort;

    @BeforeAll
    static void findAClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    @Test
    void ourMessageWinsOverTheWrappersAroundIt() {
        Throwable failure = new IllegalStateException("Tasklet failed", new RuntimeException("wrapped",
                new InputFileException("on_hand.csv: required column 'quantity' is missing")));

        assertThat(FailureMessages.describe(failure)).isEqualTo("on_hand.csv: required column 'quantity' is missing");
    }

    @Test
    void ourMessageWinsOverOtherFailuresOfTheRun() {
        List<Throwable> failures = List.of(
                new IllegalStateException("step failed"),
                new DataAccessResourceFailureException("pool closed"),
                new RuntimeException(new InputFileException("sales.csv: 9 of 100 rows rejected (9.00%)")));

        assertThat(FailureMessages.describe(failures)).isEqualTo("sales.csv: 9 of 100 rows rejected (9.00%)");
    }

    @Test
    void configurationAndReportFolderProblemsAreOursToo() {
        Throwable configuration = new RuntimeException(new ConfigurationException("policy.zone: cannot use 'X'"));

        assertThat(FailureMessages.describe(configuration)).isEqualTo("policy.zone: cannot use 'X'");
        assertThat(FailureMessages.describe(new UncheckedIOException("cannot publish /r/2026-11-24: disk full",
                new IOException("No space left on device"))))
                .isEqualTo("cannot publish /r/2026-11-24: disk full");
    }

    @Test
    void withoutOurMessageTheFirstFailuresRootCauseIsTold() {
        List<Throwable> failures = List.of(
                new IllegalStateException("outer", new IllegalArgumentException("the real reason")),
                new IllegalStateException("second"));

        assertThat(FailureMessages.describe(failures)).isEqualTo("the real reason");
    }

    @Test
    void aFailureWithoutAnyMessageIsNamedByItsType() {
        assertThat(FailureMessages.describe(new RuntimeException(new NullPointerException())))
                .isEqualTo("NullPointerException");
    }

    @Test
    void aRunWithoutAReportedCauseSendsToTheLog() {
        assertThat(FailureMessages.describe(List.of()))
                .isEqualTo("the run failed without a reported cause (see logs/stockrecon.log)");
    }

    @Test
    void aRefusedPostgresqlConnectionIsDatabaseUnreachableNamingTheServer() {
        SQLException refused = connectFailure("jdbc:postgresql://127.0.0.1:" + closedPort + "/test");

        String message = FailureMessages.describe(refused);

        assertThat(FailureMessages.isDatabaseUnreachable(refused)).isTrue();
        assertThat(message).startsWith("database unreachable: ").contains("127.0.0.1:" + closedPort)
                .contains("refused");
    }

    @Test
    void aRefusedH2ServerIsDatabaseUnreachableNamingTheServer() {
        SQLException refused = connectFailure("jdbc:h2:tcp://127.0.0.1:" + closedPort + "/mem:stock");

        assertThat(FailureMessages.describe(refused)).startsWith("database unreachable: ")
                .contains("127.0.0.1:" + closedPort);
    }

    @Test
    void aPoolThatCannotConnectIsDatabaseUnreachableNamingTheServer() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/test");
        config.setUsername("postgres");
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        Throwable failure;
        try (HikariDataSource pool = new HikariDataSource(config)) {
            failure = catchFailure(() -> new JdbcTemplate(pool).queryForObject("select 1", Integer.class));
        }

        assertThat(FailureMessages.describe(failure)).startsWith("database unreachable: Connection to 127.0.0.1:"
                + closedPort + " refused");
    }

    @Test
    void aServerGoingAwayIsDatabaseUnreachable() {
        assertThat(FailureMessages.describe(new SQLException("terminating connection due to administrator command",
                "57P01"))).isEqualTo("database unreachable: terminating connection due to administrator command");
        assertThat(FailureMessages.describe(new RuntimeException(new SQLException("An I/O error occurred", "08006"))))
                .isEqualTo("database unreachable: An I/O error occurred");
        assertThat(FailureMessages.describe(new DataAccessResourceFailureException("could not open JDBC Connection")))
                .isEqualTo("database unreachable: could not open JDBC Connection");
    }

    @Test
    void anyOtherDatabaseFailureIsADatabaseError() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:failure-messages")) {
            Throwable failure = catchFailure(() -> new JdbcTemplate(new SingleConnectionDataSource(connection, true))
                    .queryForObject("select count(*) from no_such_table", Integer.class));

            String message = FailureMessages.describe(failure);

            assertThat(FailureMessages.isDatabaseUnreachable(failure)).isFalse();
            assertThat(message).startsWith("database error: ").containsIgnoringCase("NO_SUCH_TABLE")
                    .doesNotContain("\n");
        }
    }

    @Test
    void messagesAreOneLine() {
        Throwable failure = new InputFileException("catalog.csv: line 3\r\n  duplicate sku\n\nA");

        assertThat(FailureMessages.describe(failure)).isEqualTo("catalog.csv: line 3 duplicate sku A");
        assertThat(FailureMessages.describe(new IllegalStateException("first\nsecond"))).isEqualTo("first second");
    }

    @Test
    void veryLongMessagesAreCut() {
        String message = FailureMessages.describe(new InputFileException("x".repeat(2_000)));

        assertThat(message).hasSize(500).endsWith("...");
    }

    private static SQLException connectFailure(String url) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            throw new AssertionError("connected to " + url);
        } catch (SQLException e) {
            return e;
        }
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }
}
