package com.stockrecon.reports;

import com.stockrecon.runs.RunContext;

/** A part of summary.json that a feature outside the reports adds for a run. */
public interface SummarySection {

    /** The section's key in summary.json. */
    String key();

    /** The section's content for the run, or null when the run has none (the key is then left out). */
    Object content(RunContext run);
}
