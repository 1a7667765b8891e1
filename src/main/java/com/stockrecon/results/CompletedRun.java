package com.stockrecon.results;

import java.time.LocalDate;

/** A completed run whose per-SKU results are kept. */
public record CompletedRun(long runId, String jobName, LocalDate businessDate, int rerun) {
}
