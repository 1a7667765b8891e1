package com.stockrecon.fetch;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.stockrecon.reports.SummarySection;

/** What a run's fetches came to, as summary.json's {@code fetch} object and as lines of {@code status}. */
@Component
public class FetchReport implements SummarySection {

    public static final String KEY = "fetch";

    private final FetchRecords records;

    public FetchReport(FetchRecords records) {
        this.records = records;
    }

    @Override
    public String key() {
        return KEY;
    }

    /** {@code {"ACME": {"outcome": "FAILED", "detail": "HTTP 401 ...", ...}}}, or null when nothing was fetched. */
    @Override
    public Object content(long runId) {
        List<FetchResult> results = records.ofRun(runId);
        if (results.isEmpty()) {
            return null;
        }
        Map<String, Object> bySupplier = new LinkedHashMap<>();
        results.forEach(result -> bySupplier.put(result.supplier(), result.toMap()));
        return bySupplier;
    }

    /** "ACME failed after 4 tries: HTTP 503 ...", one per fetched supplier of the run. */
    public List<String> statusLines(String jobName, LocalDate businessDate, int rerun) {
        return records.runId(jobName, businessDate, rerun).map(records::ofRun).orElse(List.of()).stream()
                .map(result -> result.supplier() + " " + result.describe()).toList();
    }
}
