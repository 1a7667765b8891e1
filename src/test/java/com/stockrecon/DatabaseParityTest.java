package com.stockrecon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import com.stockrecon.cli.AppContext;
import com.stockrecon.config.CatalogSource;
import com.stockrecon.config.InputLayout;
import com.stockrecon.config.Policy;
import com.stockrecon.runs.RunLauncher;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.support.ReportFiles;
import com.stockrecon.support.TestDatabases;

/**
 * H2 and PostgreSQL write byte-identical reports from the same inputs: the committed sample (every
 * alert tier, every discrepancy type, rejects, feeds in their own layouts), its previous day first so
 * that QTY_JUMP has a baseline.
 */
class DatabaseParityTest {

    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();
    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final InputLayout LAYOUT = new InputLayout(CatalogSource.CANONICAL, Path.of("jobs", "suppliers"));

    @TempDir
    Path work;

    @Test
    void h2AndPostgresqlPublishTheSameReports() {
        Path onH2 = reconcileSample(Map.of("spring.datasource.url", TestDatabases.h2Url()), work.resolve("h2"));
        Path onPostgres = reconcileSample(Map.of("spring.datasource.url", TestDatabases.postgresUrl(),
                "spring.datasource.username", TestDatabases.POSTGRES_USER, "spring.datasource.password", ""),
                work.resolve("postgresql"));

        assertThat(ReportFiles.csvContents(onPostgres)).hasSize(5).isEqualTo(ReportFiles.csvContents(onH2));
        assertThat(ReportFiles.summaryWithoutTimings(onPostgres)).isEqualTo(ReportFiles.summaryWithoutTimings(onH2));
        assertThat(ReportFiles.summary(onH2).path("discrepancies").path("QTY_JUMP").asLong()).isPositive();
    }

    private Path reconcileSample(Map<String, Object> database, Path reports) {
        Map<String, Object> properties = new java.util.HashMap<>(database);
        properties.put("stockrecon.log-dir", "target/test-logs");
        try (ConfigurableApplicationContext context = AppContext.start(false, properties)) {
            RunLauncher launcher = context.getBean(RunLauncher.class);
            for (var run : Map.of(D.minusDays(1), SAMPLE.resolve("previous-day"), D, SAMPLE).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                RunOutcome outcome = launcher.reconcile(new RunRequest("parity", run.getKey(), run.getValue(), reports,
                        Policy.defaults(), false, LAYOUT));
                assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
            }
        }
        return reports.resolve(D.toString());
    }
}
