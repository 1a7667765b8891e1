package com.stockrecon.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.stockrecon.reports.PublishStep;
import com.stockrecon.reports.page.PlannersPage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prints where the reports are and the short summary an operator reads after a run. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static void print(Path folder, PrintStream out) {
        JsonNode summary;
        try {
            summary = JsonMapper.builder().build().readTree(folder.resolve(PublishStep.SUMMARY).toFile());
        } catch (RuntimeException e) {
            out.println("Reports: " + folder);
            return;
        }
        out.println("Reconciled " + summary.path("business_date").asString() + " (job "
                + summary.path("job").asString() + "). Reports: " + folder);
        List<SourceLines.Line> sources = SourceLines.of(summary);
        int width = 12;
        for (SourceLines.Line source : sources) {
            width = Math.max(width, source.label().length());
        }
        String row = "%-" + width + "s %10s %10s %10s %10s%n";
        out.printf(row, "source", "read", "accepted", "rejected", "ignored");
        for (SourceLines.Line source : sources) {
            out.printf(row, source.label(), source.read(), source.accepted(), source.rejected(), source.ignored());
        }
        out.println("Alerts: " + joined(summary.path("alerts"), false));
        out.println("Purchase suggestions: "
                + summary.path("outputs").path("purchase_suggestions.csv").path("rows").asLong());
        String discrepancies = joined(summary.path("discrepancies"), true);
        out.println("Discrepancies: " + (discrepancies.isEmpty() ? "none" : discrepancies));
        out.println("Rejects: " + summary.path("rejects").asLong());
        Path page = folder.resolve(PlannersPage.FILE);
        if (java.nio.file.Files.isRegularFile(page)) {
            out.println("Report: " + page);
        }
    }

    private static String joined(JsonNode counts, boolean skipZero) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : counts.properties()) {
            if (!skipZero || entry.getValue().asLong() != 0) {
                parts.add(entry.getKey() + " " + entry.getValue().asLong());
            }
        }
        return String.join(", ", parts);
    }
}
