package com.stockrecon.runs;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import com.stockrecon.config.Policy;

/**
 * What a step needs to know about the run it works for. A run is identified by job name, business
 * date and rerun number; the other values are non-identifying job parameters, so a restart may
 * correct an input folder or a policy value.
 */
public record RunContext(
        long runId,
        String jobName,
        LocalDate businessDate,
        int rerun,
        Path inputDir,
        Path reportsDir,
        Policy policy) {

    public static final String JOB = "job";
    public static final String DATE = "date";
    public static final String RERUN = "rerun";
    public static final String INPUT = "input";
    public static final String REPORTS = "reports";
    public static final String POLICY = "policy";

    public static JobParameters parameters(String jobName, LocalDate businessDate, int rerun, Path inputDir,
            Path reportsDir, Policy policy) {
        return new JobParametersBuilder()
                .addString(JOB, jobName)
                .addLocalDate(DATE, businessDate)
                .addLong(RERUN, (long) rerun)
                .addString(INPUT, inputDir.toAbsolutePath().normalize().toString(), false)
                .addString(REPORTS, reportsDir.toAbsolutePath().normalize().toString(), false)
                .addString(POLICY, policy.encode(), false)
                .toJobParameters();
    }

    /** "2026-11-24", or "2026-11-24-rerun1" for a rerun: stable across restarts of the same run. */
    public String runLabel() {
        return businessDate + (rerun == 0 ? "" : "-rerun" + rerun);
    }

    public Path reportFolder() {
        return reportsDir.resolve(businessDate.toString());
    }
}
