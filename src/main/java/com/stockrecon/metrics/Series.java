package com.stockrecon.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The series of the operations contract (operations.md §1), in the order the textfile lists them. Every
 * sample also has a {@code job} label. Names and labels are an interface: dashboards are built on them.
 */
public enum Series {
    LAST_RUN_TIMESTAMP("stockrecon_last_run_timestamp_seconds", Kind.PER_STATUS,
            "End of the last run of each status, Unix seconds.", "status"),
    LAST_RUN_BUSINESS_DATE("stockrecon_last_run_business_date_seconds", Kind.COMPLETED_RUN,
            "Business date of the last completed run: its midnight UTC, Unix seconds."),
    RUN_DURATION("stockrecon_run_duration_seconds", Kind.LAST_RUN, "Wall time of the last run."),
    STEP_DURATION("stockrecon_step_duration_seconds", Kind.LAST_RUN, "Wall time of each step of the last run.",
            "step"),
    ROWS("stockrecon_rows", Kind.COMPLETED_RUN, "Input rows of the last completed run per source and outcome.",
            "source", "outcome"),
    ALERTS("stockrecon_alerts", Kind.COMPLETED_RUN, "Low-stock alerts of the last completed run per tier.", "tier"),
    PURCHASE_SUGGESTIONS("stockrecon_purchase_suggestions", Kind.COMPLETED_RUN,
            "Purchase suggestions of the last completed run."),
    DISCREPANCIES("stockrecon_discrepancies", Kind.COMPLETED_RUN,
            "Discrepancies of the last completed run per type.", "type"),
    FEEDS("stockrecon_feeds", Kind.COMPLETED_RUN, "Supplier feeds of the last completed run per status.", "status"),
    DELIVERIES("stockrecon_deliveries", Kind.COMPLETED_RUN,
            "Outbound deliveries of the last completed run per outcome.", "outcome");

    /** Which run a series describes, so that a failed run knows what to replace and what to keep. */
    public enum Kind {
        /** One value per status, each replaced by a run of that status. */
        PER_STATUS,
        /** Replaced by every run, completed or not. */
        LAST_RUN,
        /** Replaced by a completed run only: a failed run keeps the last completed run's figures. */
        COMPLETED_RUN
    }

    public static final String JOB = "job";

    private final String metric;
    private final Kind kind;
    private final String help;
    private final List<String> labels;

    Series(String metric, Kind kind, String help, String... labels) {
        this.metric = metric;
        this.kind = kind;
        this.help = help;
        this.labels = List.of(labels);
    }

    public String metric() {
        return metric;
    }

    public Kind kind() {
        return kind;
    }

    public String help() {
        return help;
    }

    /** The labels besides {@code job}. */
    public List<String> labels() {
        return labels;
    }

    public static Optional<Series> named(String metric) {
        return Arrays.stream(values()).filter(series -> series.metric.equals(metric)).findFirst();
    }
}
