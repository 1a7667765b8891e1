package com.stockrecon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.stockrecon.operations.AlertSettings;
import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.OperationsSettings;
import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.runs.RunFinished;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.H2JobTestSupport;

/**
 * operations.md §1: every run, completed or failed, leaves stockrecon.prom with the contract's names and
 * labels; a failed run (also one that failed before its first step) keeps the last completed run's
 * figures. The file is parsed back line by line.
 */
class MetricsTextfileJobTest extends H2JobTestSupport {

    static final LocalDate D1 = LocalDate.of(2026, 11, 24);
    static final LocalDate D2 = LocalDate.of(2026, 11, 25);

    @Autowired
    JobOperations operations;

    @Autowired
    ApplicationEventPublisher events;

    Path textfileDir;

    @BeforeEach
    void textfileFolder() {
        textfileDir = work.resolve("textfile");
        operations.register(new OperationsSettings(job, textfileDir, Duration.ofHours(26), 500, AlertSettings.NONE));
    }

    @Test
    void aCompletedRunThenAFailedOneThenOneThatFailedBeforeItsFirstStep() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        assertThat(reconcile(Fixtures.copy("worked-examples", work.resolve("in1")), D1).result())
                .isEqualTo(RunOutcome.Result.COMPLETED);

        Map<String, Double> completed = parse();
        assertThat(completed).containsEntry(key("stockrecon_last_run_business_date_seconds"),
                (double) D1.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        assertThat(completed.get(key("stockrecon_last_run_timestamp_seconds", "status", "completed")))
                .isBetween((double) before.getEpochSecond(), (double) Instant.now().getEpochSecond() + 1);
        assertThat(completed).containsEntry(key("stockrecon_alerts", "tier", "CRITICAL"), 4.0)
                .containsEntry(key("stockrecon_alerts", "tier", "LOW"), 0.0)
                .containsEntry(key("stockrecon_alerts", "tier", "WARNING"), 2.0)
                .containsEntry(key("stockrecon_purchase_suggestions"), 3.0)
                .containsEntry(key("stockrecon_discrepancies", "type", "OVERSOLD"), 1.0)
                .containsEntry(key("stockrecon_discrepancies", "type", "MISSING_FROM_FEED"), 1.0)
                .containsEntry(key("stockrecon_discrepancies", "type", "QTY_JUMP"), 0.0)
                .containsEntry(key("stockrecon_rows", "source", "sales.csv", "outcome", "read"), 8.0)
                .containsEntry(key("stockrecon_rows", "source", "sales.csv", "outcome", "accepted"), 8.0)
                .containsEntry(key("stockrecon_rows", "source", "sales.csv", "outcome", "rejected"), 0.0)
                .containsEntry(key("stockrecon_rows", "source", "sales.csv", "outcome", "ignored"), 0.0)
                .containsEntry(key("stockrecon_deliveries", "outcome", "delivered"), 0.0)
                .containsEntry(key("stockrecon_deliveries", "outcome", "failed"), 0.0)
                .containsKey(key("stockrecon_feeds", "status", "usable"))
                .containsKey(key("stockrecon_feeds", "status", "missing"))
                .containsKey(key("stockrecon_run_duration_seconds"))
                .containsKey(key("stockrecon_step_duration_seconds", "step", "readCatalog"))
                .containsKey(key("stockrecon_step_duration_seconds", "step", "publish"));
        assertThat(completed.keySet().stream().filter(k -> k.startsWith("stockrecon_discrepancies{")).count())
                .isEqualTo(DiscrepancyType.values().length);
        assertThat(completed.keySet()).noneMatch(k -> k.contains("status=\"failed\""));

        assertThat(reconcile(Fixtures.copy("cli-missing-file", work.resolve("in2")), D2).result())
                .isEqualTo(RunOutcome.Result.FAILED);

        Map<String, Double> failed = parse();
        assertThat(failed).containsKey(key("stockrecon_last_run_timestamp_seconds", "status", "failed"))
                .containsEntry(key("stockrecon_last_run_timestamp_seconds", "status", "completed"),
                        completed.get(key("stockrecon_last_run_timestamp_seconds", "status", "completed")))
                .containsEntry(key("stockrecon_last_run_business_date_seconds"),
                        (double) D1.atStartOfDay(ZoneOffset.UTC).toEpochSecond())
                .containsEntry(key("stockrecon_alerts", "tier", "CRITICAL"), 4.0)
                .containsKey(key("stockrecon_step_duration_seconds", "step", "readCatalog"))
                .doesNotContainKey(key("stockrecon_step_duration_seconds", "step", "publish"));

        Thread.sleep(1100);
        events.publishEvent(new RunFinished(new RunRequest(job, D2, work.resolve("in2"), work.resolve("reports"),
                policy(Map.of()), false), new RunOutcome(RunOutcome.Result.FAILED, "database unreachable", null,
                        null)));

        Map<String, Double> failedEarly = parse();
        assertThat(failedEarly.get(key("stockrecon_last_run_timestamp_seconds", "status", "failed")))
                .isGreaterThan(failed.get(key("stockrecon_last_run_timestamp_seconds", "status", "failed")));
        assertThat(failedEarly).containsEntry(key("stockrecon_run_duration_seconds"), 0.0)
                .containsEntry(key("stockrecon_alerts", "tier", "CRITICAL"), 4.0)
                .containsEntry(key("stockrecon_last_run_business_date_seconds"),
                        (double) D1.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        assertThat(failedEarly.keySet()).noneMatch(k -> k.startsWith("stockrecon_step_duration_seconds"));
        try (var files = Files.list(textfileDir)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".prom")))
                    .containsExactly("stockrecon.prom");
        }
    }

    /** The file as node_exporter reads it: each sample line "name{labels} value", every TYPE a gauge. */
    private Map<String, Double> parse() throws Exception {
        List<String> lines = Files.readAllLines(textfileDir.resolve("stockrecon.prom"));
        Set<String> typed = lines.stream().filter(line -> line.startsWith("# TYPE "))
                .map(line -> line.split(" ")[2]).collect(Collectors.toSet());
        assertThat(lines.stream().filter(line -> line.startsWith("# TYPE ")))
                .allMatch(line -> line.endsWith(" gauge"));
        Map<String, Double> samples = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            assertThat(line).matches("[a-z_]+\\{job=\"[^\"]+\"(,[a-z_]+=\"[^\"]*\")*} -?[0-9.]+");
            String name = line.substring(0, line.indexOf('{'));
            assertThat(typed).contains(name);
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }

    private String key(String name, String... labels) {
        StringBuilder key = new StringBuilder(name).append("{job=\"").append(job).append('"');
        for (int i = 0; i < labels.length; i += 2) {
            key.append(',').append(labels[i]).append("=\"").append(labels[i + 1]).append('"');
        }
        return key.append('}').toString();
    }
}
