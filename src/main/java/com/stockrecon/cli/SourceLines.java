package com.stockrecon.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The rows of the console summary's source table: every core file, the first feed files, then the
 * other feed files folded into one line per status, and a total over every source, so that a run
 * with a hundred suppliers still fits a terminal and adds up.
 */
final class SourceLines {

    static final int FEED_FILES_SHOWN = 10;
    static final String NOT_CURRENT = "not current";

    private static final String FEEDS = "feeds/";
    private static final List<String> STATUS_ORDER = List.of("usable", "stale", "invalid", NOT_CURRENT);

    private SourceLines() {
    }

    /** One row of the table: a source, or several folded into one. */
    record Line(String label, long read, long accepted, long rejected, long ignored) {

        Line plus(JsonNode counts) {
            return new Line(label, read + counts.path("read").asLong(), accepted + counts.path("accepted").asLong(),
                    rejected + counts.path("rejected").asLong(), ignored + counts.path("ignored").asLong());
        }
    }

    static List<Line> of(JsonNode summary) {
        List<Line> lines = new ArrayList<>();
        Map<String, List<JsonNode>> folded = new LinkedHashMap<>();
        STATUS_ORDER.forEach(status -> folded.put(status, new ArrayList<>()));
        JsonNode current = summary.path("current_feed_files");
        Line total = new Line("total", 0, 0, 0, 0);
        int feedFiles = 0;
        for (Map.Entry<String, JsonNode> source : summary.path("sources").properties()) {
            String name = source.getKey();
            JsonNode counts = source.getValue();
            total = total.plus(counts);
            if (name.startsWith(FEEDS) && feedFiles++ >= FEED_FILES_SHOWN) {
                String status = current.path(name).asString(NOT_CURRENT);
                folded.computeIfAbsent(status, key -> new ArrayList<>()).add(counts);
            } else {
                lines.add(new Line(name, 0, 0, 0, 0).plus(counts));
            }
        }
        folded.forEach((status, files) -> {
            if (!files.isEmpty()) {
                Line line = new Line(files.size() + " more feed files, " + status, 0, 0, 0, 0);
                for (JsonNode counts : files) {
                    line = line.plus(counts);
                }
                lines.add(line);
            }
        });
        lines.add(total);
        return lines;
    }
}
