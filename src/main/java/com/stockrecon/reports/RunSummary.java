package com.stockrecon.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.stockrecon.inputs.InputFiles;
import com.stockrecon.reconciliation.AlertTier;
import com.stockrecon.findings.DiscrepancyType;

/** The content of summary.json, built as ordered maps so that the file reads the same every time. */
public final class RunSummary {

    private static final List<String> SOURCE_ORDER = List.of(InputFiles.SUPPLIERS, InputFiles.CATALOG,
            InputFiles.ON_HAND, InputFiles.RESERVATIONS, InputFiles.IN_TRANSIT, InputFiles.SALES, InputFiles.COUNTS);

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<SourceCounts> sources = new ArrayList<>();
    private final Map<String, Long> outputs = new LinkedHashMap<>();
    private final Map<String, Object> sections = new LinkedHashMap<>();
    private final Map<String, Long> alerts = new LinkedHashMap<>();
    private final Map<String, Long> discrepancies = new LinkedHashMap<>();
    private final Map<String, Long> feeds = new LinkedHashMap<>();
    private final Map<String, String> feedFiles = new TreeMap<>();

    public RunSummary(String runId, String job, String businessDate) {
        root.put("run_id", runId);
        root.put("job", job);
        root.put("business_date", businessDate);
        root.put("status", "COMPLETED");
        for (AlertTier tier : AlertTier.values()) {
            alerts.put(tier.name(), 0L);
        }
        for (DiscrepancyType type : DiscrepancyType.values()) {
            discrepancies.put(type.name(), 0L);
        }
        for (String status : FEED_STATUSES) {
            feeds.put(status, 0L);
        }
    }

    /** How the suppliers' current feeds were judged, as summary.json names them. */
    public static final List<String> FEED_STATUSES = List.of("usable", "stale", "invalid", "missing");

    /** Suppliers whose current feed had this status ({@code usable}, {@code stale}, {@code invalid}, {@code missing}). */
    public void feeds(String status, long count) {
        feeds.put(status, count);
    }

    /** A supplier's current feed file and how it was judged ({@code usable}, {@code stale}, {@code invalid}). */
    public void feedFile(String source, String status) {
        feedFiles.put(source, status);
    }

    public void source(SourceCounts counts) {
        sources.add(counts);
    }

    public void output(String fileName, long rows) {
        outputs.put(fileName, rows);
    }

    public void alerts(String tier, long count) {
        alerts.put(tier, count);
    }

    public void discrepancies(String type, long count) {
        discrepancies.put(type, count);
    }

    public long rowsRead() {
        return sources.stream().mapToLong(SourceCounts::read).sum();
    }

    public long alertCount() {
        return alerts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long discrepancyCount() {
        return discrepancies.values().stream().mapToLong(Long::longValue).sum();
    }

    public long outputRows(String fileName) {
        return outputs.getOrDefault(fileName, 0L);
    }

    /** A section another feature adds ({@link SummarySection}) after the counts; none when {@code content} is null. */
    public void section(String key, Object content) {
        if (content != null) {
            sections.put(key, content);
        }
    }

    /** The summary with timings and policy appended last. */
    public Map<String, Object> toMap(Map<String, Object> policy, Map<String, Object> timings) {
        Map<String, Object> map = new LinkedHashMap<>(root);
        Map<String, Object> bySource = new LinkedHashMap<>();
        sources.stream().sorted(Comparator.comparingInt(RunSummary::rank).thenComparing(SourceCounts::source))
                .forEach(counts -> bySource.put(counts.source(), counts.toMap()));
        map.put("sources", bySource);
        Map<String, Object> byOutput = new LinkedHashMap<>();
        outputs.forEach((file, rows) -> byOutput.put(file, Map.of("rows", rows)));
        map.put("outputs", byOutput);
        map.put("alerts", alerts);
        map.put("discrepancies", discrepancies);
        map.put("feeds", feeds);
        map.put("current_feed_files", feedFiles);
        map.put("rejects", outputRows(ReportFile.REJECTS.fileName()));
        map.putAll(sections);
        map.put("policy", policy);
        map.put("timings", timings);
        return map;
    }

    private static int rank(SourceCounts counts) {
        int index = SOURCE_ORDER.indexOf(counts.source());
        return index >= 0 ? index : SOURCE_ORDER.size();
    }

    /** Row accounting of one source: read = accepted + rejected + ignored. */
    public record SourceCounts(String source, long read, long accepted, long rejected, long ignored,
            String ignoredReasons) {

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("read", read);
            map.put("accepted", accepted);
            map.put("rejected", rejected);
            map.put("ignored", ignored);
            Map<String, Long> reasons = new TreeMap<>();
            if (!ignoredReasons.isEmpty()) {
                for (String pair : ignoredReasons.split(";")) {
                    int eq = pair.lastIndexOf('=');
                    reasons.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
                }
            }
            map.put("ignored_reasons", reasons);
            return map;
        }
    }
}
