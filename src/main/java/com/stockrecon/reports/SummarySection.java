package com.stockrecon.reports;

/** A part of summary.json that a feature outside the reports adds for a run. */
public interface SummarySection {

    /** The section's key in summary.json. */
    String key();

    /** The section's content for the run ({@code recon_run.run_id}), or null when it has none (the key is left out). */
    Object content(long runId);
}
