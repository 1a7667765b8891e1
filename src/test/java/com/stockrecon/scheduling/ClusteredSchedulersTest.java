package com.stockrecon.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.support.StockReconProcess.Started;
import com.stockrecon.support.TestDatabases;

/**
 * Two scheduler processes on one PostgreSQL database (as on two machines) share the schedule: every
 * scheduled fire happens in one of them only, and the date is reconciled once.
 */
class ClusteredSchedulersTest {

    private static final Pattern FIRED = Pattern.compile("fired \\(scheduled (\\S+), fire (\\S+)\\)");
    private static final Duration START_UP = Duration.ofSeconds(120);

    @TempDir
    Path work;

    @Test
    void twoSchedulersOnOneDatabaseFireEachScheduledTimeOnce() throws Exception {
        String url = TestDatabases.postgresUrl();
        String job = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));
        Path jobs = work.resolve("jobs");
        JobDefinitionFiles.write(jobs, job, input, work.resolve("reports"), "0/2 * * * * ?", "UTC");

        List<String> scheduledTimes = new ArrayList<>();
        try (Started first = StockReconProcess.in(work.resolve("node-a")).onDatabase(url)
                .start("schedule", "--jobs", jobs.toString());
                Started second = StockReconProcess.in(work.resolve("node-b")).onDatabase(url)
                        .start("schedule", "--jobs", jobs.toString())) {
            first.awaitOutput("started with the jobs of", START_UP);
            second.awaitOutput("started with the jobs of", START_UP);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (fires(first.stdout()).size() + fires(second.stdout()).size() < 8 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            first.terminate();
            second.terminate();

            Result firstEnd = first.finish(Duration.ofSeconds(60));
            Result secondEnd = second.finish(Duration.ofSeconds(60));
            assertThat(firstEnd.exitCode()).as(firstEnd.toString()).isZero();
            assertThat(secondEnd.exitCode()).as(secondEnd.toString()).isZero();
            scheduledTimes.addAll(fires(firstEnd.stdout()));
            scheduledTimes.addAll(fires(secondEnd.stdout()));
        }

        assertThat(scheduledTimes).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(count(url, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(1);
        assertThat(count(url, "SELECT COUNT(*) FROM recon_run WHERE completed_at IS NOT NULL")).isEqualTo(1);
    }

    private static List<String> fires(String stdout) {
        List<String> scheduled = new ArrayList<>();
        Matcher matcher = FIRED.matcher(stdout);
        while (matcher.find()) {
            scheduled.add(matcher.group(1));
        }
        return scheduled;
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
