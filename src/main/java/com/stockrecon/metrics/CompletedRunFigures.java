package com.stockrecon.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.stockrecon.reconciliation.AlertTier;
import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.reports.PublishStep;
import com.stockrecon.reports.ReportFile;
import com.stockrecon.reports.RunSummary;

/** The figures of a completed run, read from the summary.json it published. */
public final class CompletedRunFigures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ROW_OUTCOMES = List.of("read", "accepted", "rejected", "ignored");
    /** Delivery outcomes of the outbound contract; summary.json carries them once deliveries exist. */
    private static final List<String> DELIVERY_OUTCOMES = List.of("delivered", "failed");

    private CompletedRunFigures() {
    }

    public static List<Sample> read(String job, Path reportFolder) throws IOException {
        JsonNode summary;
        try {
            summary = JSON.readTree(Files.readString(reportFolder.resolve(PublishStep.SUMMARY)));
        } catch (RuntimeException e) {
            throw new IOException(reportFolder.resolve(PublishStep.SUMMARY) + ": not readable JSON", e);
        }
        List<Sample> samples = new ArrayList<>();
        LocalDate businessDate = LocalDate.parse(summary.path("business_date").asString());
        samples.add(Sample.of(Series.LAST_RUN_BUSINESS_DATE, job,
                businessDate.atStartOfDay(ZoneOffset.UTC).toEpochSecond()));
        for (Map.Entry<String, JsonNode> source : summary.path("sources").properties()) {
            for (String outcome : ROW_OUTCOMES) {
                samples.add(Sample.of(Series.ROWS, job, source.getValue().path(outcome).asLong(), source.getKey(),
                        outcome));
            }
        }
        for (AlertTier tier : AlertTier.values()) {
            samples.add(Sample.of(Series.ALERTS, job, summary.path("alerts").path(tier.name()).asLong(), tier.name()));
        }
        samples.add(Sample.of(Series.PURCHASE_SUGGESTIONS, job, summary.path("outputs")
                .path(ReportFile.PURCHASE_SUGGESTIONS.fileName()).path("rows").asLong()));
        for (DiscrepancyType type : DiscrepancyType.values()) {
            samples.add(Sample.of(Series.DISCREPANCIES, job, summary.path("discrepancies").path(type.name()).asLong(),
                    type.name()));
        }
        for (String status : RunSummary.FEED_STATUSES) {
            samples.add(Sample.of(Series.FEEDS, job, summary.path("feeds").path(status).asLong(), status));
        }
        for (String outcome : DELIVERY_OUTCOMES) {
            samples.add(Sample.of(Series.DELIVERIES, job, summary.path("deliveries").path(outcome).asLong(),
                    outcome));
        }
        return samples;
    }
}
