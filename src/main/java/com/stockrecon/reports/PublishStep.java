package com.stockrecon.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.stockrecon.config.PolicyBinding;
import com.stockrecon.feeds.FeedsStep;
import com.stockrecon.reconciliation.ReconcileStep;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.RunRegistry;
import com.stockrecon.runs.RunRegistry.RunMetrics;
import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepMonitor;
import com.stockrecon.runs.StepServices;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the reports of contract §3 from the run's work tables, in their stated orders, with
 * formula guarding, into a folder that appears whole or not at all; then records the run as
 * completed in the run history.
 */
@Component
public class PublishStep extends StagedStep {

    public static final String NAME = "publish";
    public static final String SUMMARY = "summary.json";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Staging staging;
    private final RunRegistry registry;
    private final List<ReportContribution> contributions;
    private final List<SummarySection> sections;
    private final List<ReportCompanion> companions;

    /**
     * Other features add files written after the CSVs ({@code contributions}), files written beside them on
     * threads of their own ({@code companions}), and sections of summary.json.
     */
    public PublishStep(StepServices services, RunRegistry registry, List<ReportContribution> contributions,
            List<SummarySection> sections, ObjectProvider<ReportCompanion> companions) {
        super(services);
        this.staging = services.staging();
        this.registry = registry;
        this.contributions = List.copyOf(contributions);
        this.sections = List.copyOf(sections);
        this.companions = companions.orderedStream().toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void describeInputs(RunContext run, Fingerprint fingerprint) {
        Path folder = run.reportFolder();
        fingerprint.upstream(ReconcileStep.NAME)
                .add(folder.toString())
                .add(Boolean.toString(Files.isDirectory(folder)))
                .file(folder.resolve(SUMMARY));
    }

    @Override
    protected List<StagedOutput> stage(Attempt attempt) {
        RunContext run = attempt.run();
        long runId = run.runId();
        ReportFolder folder = new ReportFolder(run.reportsDir(), run.businessDate().toString());
        Path partial = folder.begin();
        RunSummary summary = new RunSummary(run.runLabel(), run.jobName(), run.businessDate().toString());
        try (ReportCompanions alongside = new ReportCompanions(companions, run, partial)) {
            for (ReportFile report : ReportFile.ALL) {
                summary.output(report.fileName(), write(report, runId, partial.resolve(report.fileName()),
                        attempt.monitor()));
            }
            alongside.await();
        }
        contributions.forEach(contribution -> contribution.write(runId, partial));
        collectCounts(runId, summary);
        writeSummary(partial.resolve(SUMMARY), summary, run, attempt.stepExecution());
        Path published = folder.publish();
        registry.markCompleted(runId, published.toString(), new RunMetrics(summary.rowsRead(), summary.alertCount(),
                summary.outputRows(ReportFile.PURCHASE_SUGGESTIONS.fileName()), summary.discrepancyCount(),
                summary.outputRows(ReportFile.REJECTS.fileName())));
        return List.of();
    }

    private long write(ReportFile report, long runId, Path file, StepMonitor monitor) {
        long[] rows = {0};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(report.columns().keySet());
            String[] values = new String[report.columns().size()];
            ColumnKind[] kinds = report.columns().values().toArray(new ColumnKind[0]);
            staging.stream(report.query(runId), row -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = kinds[i].render(row.getString(i + 1));
                }
                try {
                    printer.printRecord((Object[]) values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                monitor.rowDone();
                rows[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return rows[0];
    }

    private void collectCounts(long runId, RunSummary summary) {
        sections.forEach(section -> summary.section(section.key(), section.content(runId)));
        staging.jdbc().query("SELECT source, rows_read, accepted, rejected, ignored, ignored_reasons FROM "
                + WorkTable.SOURCES.in(runId), row -> {
                    summary.source(new RunSummary.SourceCounts(row.getString(1), row.getLong(2), row.getLong(3),
                            row.getLong(4), row.getLong(5), row.getString(6)));
                });
        staging.jdbc().query("SELECT tier, COUNT(*) FROM " + WorkTable.ALERTS.in(runId) + " GROUP BY tier",
                row -> {
                    summary.alerts(row.getString(1), row.getLong(2));
                });
        staging.jdbc().query("SELECT type, COUNT(*) FROM " + WorkTable.DISCREPANCIES.in(runId) + " GROUP BY type",
                row -> {
                    summary.discrepancies(row.getString(1), row.getLong(2));
                });
        // a folder under feeds/ that names no catalog supplier and holds no feed is no supplier's missing feed
        staging.jdbc().query("SELECT status, COUNT(*) FROM " + WorkTable.FEED_STATUS.in(runId) + " WHERE status <> '"
                + FeedsStep.MISSING + "' OR supplier_id IN (SELECT supplier_id FROM " + WorkTable.CATALOG.in(runId)
                + ") GROUP BY status", row -> {
                    summary.feeds(row.getString(1).toLowerCase(java.util.Locale.ROOT), row.getLong(2));
                });
        staging.jdbc().query("SELECT source, status FROM " + WorkTable.FEED_STATUS.in(runId) + " WHERE status <> '"
                + FeedsStep.MISSING + "'", row -> {
                    summary.feedFile(row.getString(1), row.getString(2).toLowerCase(java.util.Locale.ROOT));
                });
    }

    private void writeSummary(Path file, RunSummary summary, RunContext run, StepExecution step) {
        Map<String, Object> policy = new LinkedHashMap<>(PolicyBinding.contractSpelling(run.policy().asProperties()));
        Map<String, Object> timings = new LinkedHashMap<>();
        JobExecution job = step.getJobExecution();
        LocalDateTime started = job.getStartTime() != null ? job.getStartTime() : job.getCreateTime();
        LocalDateTime now = LocalDateTime.now();
        timings.put("started_at", String.valueOf(started));
        timings.put("published_at", now.toString());
        timings.put("duration_seconds", Duration.between(started, now).toMillis() / 1000.0);
        Map<String, Object> steps = new LinkedHashMap<>();
        for (StepExecution done : job.getStepExecutions()) {
            if (done.getStartTime() != null && done.getEndTime() != null) {
                steps.put(done.getStepName(), Duration.between(done.getStartTime(), done.getEndTime()).toMillis()
                        / 1000.0);
            }
        }
        timings.put("steps_seconds", steps);
        try {
            Files.writeString(file, JSON.writeValueAsString(summary.toMap(policy, timings)) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
