package com.stockrecon.runs;

import java.nio.file.Path;
import java.time.LocalDate;

import com.stockrecon.config.Policy;

/** What an operator (or the scheduler) asks for: reconcile this job for this date, or rerun it. */
public record RunRequest(String jobName, LocalDate businessDate, Path inputDir, Path reportsDir, Policy policy,
        boolean rerun) {
}
