package com.stockrecon.runs;

import java.nio.file.Path;
import java.time.LocalDate;

import com.stockrecon.config.InputLayout;
import com.stockrecon.config.Policy;

/**
 * What an operator (or the scheduler) asks for: reconcile this job for this date, or rerun it.
 *
 * @param layout how the inputs differ from the canonical files (WooCommerce catalog, supplier feed definitions)
 */
public record RunRequest(String jobName, LocalDate businessDate, Path inputDir, Path reportsDir, Policy policy,
        boolean rerun, InputLayout layout) {

    public RunRequest {
        layout = layout == null ? InputLayout.CANONICAL : layout;
    }

    public RunRequest(String jobName, LocalDate businessDate, Path inputDir, Path reportsDir, Policy policy,
            boolean rerun) {
        this(jobName, businessDate, inputDir, reportsDir, policy, rerun, InputLayout.CANONICAL);
    }
}
