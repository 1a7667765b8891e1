package com.stockrecon.runs;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import com.stockrecon.config.CatalogSource;
import com.stockrecon.config.InputLayout;
import com.stockrecon.config.Policy;

/**
 * What a step needs to know about the run it works for. A run is identified by job name, business
 * date and rerun number; the other values are non-identifying job parameters, so a restart may
 * correct an input folder, a policy value or an input layout.
 */
public record RunContext(
        long runId,
        String jobName,
        LocalDate businessDate,
        int rerun,
        Path inputDir,
        Path reportsDir,
        Policy policy,
        InputLayout layout) {

    public static final String JOB = "job";
    public static final String DATE = "date";
    public static final String RERUN = "rerun";
    public static final String INPUT = "input";
    public static final String REPORTS = "reports";
    public static final String POLICY = "policy";
    public static final String CATALOG = "catalog";
    public static final String FEED_DEFINITIONS = "feed-definitions";

    public RunContext {
        layout = layout == null ? InputLayout.CANONICAL : layout;
    }

    public RunContext(long runId, String jobName, LocalDate businessDate, int rerun, Path inputDir, Path reportsDir,
            Policy policy) {
        this(runId, jobName, businessDate, rerun, inputDir, reportsDir, policy, InputLayout.CANONICAL);
    }

    public static JobParameters parameters(String jobName, LocalDate businessDate, int rerun, Path inputDir,
            Path reportsDir, Policy policy) {
        return parameters(jobName, businessDate, rerun, inputDir, reportsDir, policy, InputLayout.CANONICAL);
    }

    /** The layout is stored only where it differs from the canonical one, as non-identifying parameters. */
    public static JobParameters parameters(String jobName, LocalDate businessDate, int rerun, Path inputDir,
            Path reportsDir, Policy policy, InputLayout layout) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(JOB, jobName)
                .addLocalDate(DATE, businessDate)
                .addLong(RERUN, (long) rerun)
                .addString(INPUT, inputDir.toAbsolutePath().normalize().toString(), false)
                .addString(REPORTS, reportsDir.toAbsolutePath().normalize().toString(), false)
                .addString(POLICY, policy.encode(), false);
        if (layout != null && layout.catalog().isWooCommerce()) {
            builder.addString(CATALOG, layout.catalog().encode(), false);
        }
        if (layout != null && layout.feedDefinitions() != null) {
            builder.addString(FEED_DEFINITIONS, layout.feedDefinitions().toString(), false);
        }
        return builder.toJobParameters();
    }

    /** The layout a run's parameters describe. */
    public static InputLayout layoutOf(JobParameters parameters) {
        String definitions = parameters.getString(FEED_DEFINITIONS);
        return new InputLayout(CatalogSource.decode(parameters.getString(CATALOG)),
                definitions == null ? null : Path.of(definitions));
    }

    /** "2026-11-24", or "2026-11-24-rerun1" for a rerun: stable across restarts of the same run. */
    public String runLabel() {
        return runLabel(businessDate, rerun);
    }

    /** The run_id of summary.json, of operator alerts and of the delivery ids. */
    public static String runLabel(LocalDate businessDate, long rerun) {
        return businessDate + (rerun == 0 ? "" : "-rerun" + rerun);
    }

    public Path reportFolder() {
        return reportsDir.resolve(businessDate.toString());
    }
}
