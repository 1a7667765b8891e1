package com.stockrecon.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.stockrecon.support.Fixtures;
import com.stockrecon.support.LargeInputs;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.support.StockReconProcess.Started;
import com.stockrecon.support.TestDatabases;
import com.stockrecon.support.UninterruptedRuns;

/**
 * A database that cannot be reached, or that goes away in the middle of a run, fails the command
 * with one line saying so (no stack trace; the log has it); once the database is back, the same
 * command finishes the run with the reports of an uninterrupted one.
 */
class DatabaseTroubleTest {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://127.0.0.1:1/test | Connection to 127.0.0.1:1 refused",
            "jdbc:postgresql://no-such-host.invalid:5432/test | unknown host no-such-host.invalid",
            "jdbc:nosuchdb://127.0.0.1/test | no database driver accepts the URL jdbc:nosuchdb://127.0.0.1/test",
            "postgresql://127.0.0.1:5432/test | must start with \"jdbc\""})
    void badConnectionSettingsFailWithOneLineNamingTheProblem(String url, String problem) {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));

        Result result = StockReconProcess.in(work).onDatabase(url)
                .run("reconcile", "--input", input.toString(), "--date", D.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).as(result.toString()).hasSize(1);
        assertThat(result.stderr()).startsWith("stockrecon: database").contains(problem)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void theServerEndingTheRunsSessionsFailsItAndTheSameCommandFinishesIt() throws SQLException {
        String application = "stockrecon-" + UUID.randomUUID();
        StockReconProcess stockrecon = StockReconProcess.in(work)
                .onDatabase(TestDatabases.postgresUrl() + "&ApplicationName=" + application);
        String[] command = {"reconcile", "--input", LargeInputs.shared(D).toString(), "--reports", "reports",
                "--date", D.toString()};
        Started run = stockrecon.start(command).awaitOutput(InterruptedRunProcessTest.SALES_STARTS);

        assertThat(terminateSessions(application)).isPositive();
        Result failed = run.finish();

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.stderrLines()).as(failed.toString()).hasSize(1);
        assertThat(failed.stderr()).startsWith("stockrecon: database unreachable: ")
                .contains("terminating connection").doesNotContain("\tat ");
        assertThat(work.resolve("reports").resolve(D.toString())).doesNotExist();

        Result again = stockrecon.run(command);

        assertThat(again.exitCode()).as(again.toString()).isZero();
        UninterruptedRuns.assertSameReports(work.resolve("reports").resolve(D.toString()),
                UninterruptedRuns.reports(LargeInputs.shared(D), "reconciliation", D));
    }

    /** What a server restart does to a client: every session of the application is ended. */
    private static int terminateSessions(String application) throws SQLException {
        try (Connection admin = java.sql.DriverManager.getConnection(TestDatabases.POSTGRES_SERVER,
                TestDatabases.POSTGRES_USER, "");
                PreparedStatement terminate = admin.prepareStatement("SELECT COUNT(pg_terminate_backend(pid))"
                        + " FROM pg_stat_activity WHERE application_name = ?")) {
            terminate.setString(1, application);
            try (ResultSet count = terminate.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
