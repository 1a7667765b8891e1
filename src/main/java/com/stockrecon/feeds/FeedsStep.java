package com.stockrecon.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.stockrecon.inputs.CatalogIndex;
import com.stockrecon.inputs.CatalogIndexCache;
import com.stockrecon.inputs.CatalogStep;
import com.stockrecon.inputs.Findings;
import com.stockrecon.inputs.InputFiles;
import com.stockrecon.inputs.RowLoop;
import com.stockrecon.inputs.RowRejected;
import com.stockrecon.inputs.SourceTally;
import com.stockrecon.inputs.csv.CsvReader;
import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.reconciliation.DiscrepancyType;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepMonitor;
import com.stockrecon.runs.StepServices;
import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * Reads every feed file of every supplier (each row accounted for, bad rows rejected), picks each
 * supplier's current feed, judges it (INVALID_FEED, STALE_FEED, or usable) and stages the stock of
 * usable ones. Only the current feed gives stock and row-level discrepancies.
 */
@Component
public class FeedsStep extends StagedStep {

    public static final String NAME = "readFeeds";

    public static final String USABLE = "USABLE";
    public static final String STALE = "STALE";
    public static final String INVALID = "INVALID";
    public static final String MISSING = "MISSING";

    private final Staging staging;
    private final CatalogIndexCache catalog;
    private final FeedFormats formats;

    public FeedsStep(StepServices services, CatalogIndexCache catalog, FeedFormats formats) {
        super(services);
        this.staging = services.staging();
        this.catalog = catalog;
        this.formats = formats;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void describeInputs(RunContext run, Fingerprint fingerprint) {
        fingerprint.upstream(CatalogStep.NAME)
                .add(run.businessDate().toString())
                .add(run.policy().zone().getId())
                .add(Long.toString(run.policy().maxFeedAgeHours()))
                .add(run.policy().maxRejectRatio().toPlainString());
        listFeeds(run.inputDir()).forEach((supplier, files) -> {
            fingerprint.add(supplier).add(formats.forSupplier(supplier).describe());
            files.forEach(fingerprint::file);
        });
    }

    /** Regular files of each supplier folder under feeds/, by supplier, in name order. */
    static Map<String, List<Path>> listFeeds(Path inputDir) {
        Map<String, List<Path>> bySupplier = new TreeMap<>();
        Path feeds = inputDir.resolve(InputFiles.FEEDS);
        if (!Files.isDirectory(feeds)) {
            return bySupplier;
        }
        try (Stream<Path> suppliers = Files.list(feeds)) {
            for (Path folder : suppliers.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    bySupplier.put(folder.getFileName().toString(),
                            files.filter(Files::isRegularFile).sorted().toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + feeds + ": " + e.getMessage(), e);
        }
        return bySupplier;
    }

    @Override
    protected List<StagedOutput> stage(Attempt attempt) {
        RunContext run = attempt.run();
        long runId = run.runId();
        CatalogIndex index = catalog.get(runId);
        staging.recreate(WorkTable.FEED_STOCK, runId);
        staging.recreate(WorkTable.FEED_STATUS, runId);
        Map<String, Long> maxAges = new HashMap<>();
        staging.jdbc().query("SELECT supplier_id, max_feed_age_hours FROM " + WorkTable.SUPPLIERS.in(runId), row -> {
            String supplier = row.getString(1);
            long age = row.getLong(2);
            // wasNull() speaks of the column read last: the age, so it is read after the supplier
            maxAges.put(supplier, row.wasNull() ? run.policy().maxFeedAgeHours() : age);
        });
        Map<String, List<Path>> feeds = listFeeds(run.inputDir());
        TreeSet<String> suppliers = new TreeSet<>(feeds.keySet());
        suppliers.addAll(index.suppliers());
        CurrentFeedStock stock = new CurrentFeedStock(index.size());
        try (Findings findings = new Findings(staging, runId, NAME);
                BulkWriter stockWriter = staging.writer(WorkTable.FEED_STOCK, runId, "sku", "qty");
                BulkWriter statusWriter = staging.writer(WorkTable.FEED_STATUS, runId, "supplier_id", "status",
                        "source")) {
            SupplierFeeds judge = new SupplierFeeds(run, index, findings, attempt.monitor(), stock, stockWriter);
            for (String supplier : suppliers) {
                long maxAge = maxAges.getOrDefault(supplier, run.policy().maxFeedAgeHours());
                FeedVerdict verdict = judge.judge(supplier, feeds.getOrDefault(supplier, List.of()), maxAge);
                statusWriter.row(supplier, verdict.status(), verdict.source());
            }
        }
        List<StagedOutput> outputs = new ArrayList<>(InputFiles.FINDINGS);
        outputs.add(StagedOutput.table(WorkTable.FEED_STOCK));
        outputs.add(StagedOutput.table(WorkTable.FEED_STATUS));
        return outputs;
    }

    record FeedVerdict(String status, String source) {
    }

    /** Reads and judges the feeds of one supplier after another. */
    private final class SupplierFeeds {

        private final RunContext run;
        private final CatalogIndex index;
        private final Findings findings;
        private final StepMonitor monitor;
        private final CurrentFeedStock stock;
        private final BulkWriter stockWriter;

        SupplierFeeds(RunContext run, CatalogIndex index, Findings findings, StepMonitor monitor,
                CurrentFeedStock stock, BulkWriter stockWriter) {
            this.run = run;
            this.index = index;
            this.findings = findings;
            this.monitor = monitor;
            this.stock = stock;
            this.stockWriter = stockWriter;
        }

        FeedVerdict judge(String supplier, List<Path> candidates, long maxAgeHours) {
            FeedFormat format = formats.forSupplier(supplier);
            List<FeedFile> files = new ArrayList<>();
            for (Path path : candidates) {
                FeedFormat.FeedArrival arrival = format.arrival(path);
                if (arrival.isFeed()) {
                    files.add(scan(supplier, format, path, arrival.invalidReason()));
                }
            }
            String folder = InputFiles.FEEDS + "/" + supplier;
            Optional<FeedFile> chosen = CurrentFeed.of(files);
            if (chosen.isEmpty()) {
                if (index.suppliers().contains(supplier)) {
                    findings.discrepancy(DiscrepancyType.MISSING_FEED, folder, supplier, "", "", "",
                            "no feed file in " + folder + "/", 0);
                }
                return new FeedVerdict(MISSING, folder);
            }
            FeedFile current = chosen.get();
            BigDecimalRatio ratio = new BigDecimalRatio(current.rejected(), current.read());
            if (current.invalidReason() != null
                    || RowLoop.exceeds(current.rejected(), current.read(), run.policy().maxRejectRatio())) {
                String detail = current.invalidReason() != null ? current.invalidReason()
                        : current.rejected() + " of " + current.read() + " rows rejected";
                findings.discrepancy(DiscrepancyType.INVALID_FEED, current.source(), supplier, "",
                        BigDecimalRatio.percent(run.policy().maxRejectRatio()), ratio.percent(), detail, 0);
                return new FeedVerdict(INVALID, current.source());
            }
            if (current.asOf() == null) {
                findings.discrepancy(DiscrepancyType.STALE_FEED, current.source(), supplier, "",
                        Long.toString(maxAgeHours), "", "the feed has no row with an as_of", 0);
                readCurrent(supplier, format, current, false);
                return new FeedVerdict(STALE, current.source());
            }
            if (FeedFreshness.isStale(current.asOf(), run.businessDate(), run.policy().zone(), maxAgeHours)) {
                findings.discrepancy(DiscrepancyType.STALE_FEED, current.source(), supplier, "",
                        Long.toString(maxAgeHours),
                        FeedFreshness.ageHours(current.asOf(), run.businessDate(), run.policy().zone()).toPlainString(),
                        "as_of " + current.asOf() + " is more than " + maxAgeHours + " hours before the end of "
                                + run.businessDate() + " (" + run.policy().zone().getId() + ")",
                        0);
                readCurrent(supplier, format, current, false);
                return new FeedVerdict(STALE, current.source());
            }
            readCurrent(supplier, format, current, true);
            return new FeedVerdict(USABLE, current.source());
        }

        /** First reading: accounts for every row and finds the file's as_of. */
        private FeedFile scan(String supplier, FeedFormat format, Path path, String arrivalProblem) {
            String source = InputFiles.FEEDS + "/" + supplier + "/" + path.getFileName();
            SourceTally tally = findings.tally(source);
            Instant asOf = null;
            String invalid = arrivalProblem;
            try (FeedRows rows = format.open(path, source, run.policy().zone())) {
                CsvRecord record;
                while ((record = rows.next()) != null) {
                    monitor.rowDone();
                    if (record.problem() != null) {
                        findings.reject(tally, record.line(), record.problem(), record.raw());
                        continue;
                    }
                    FeedRow row;
                    try {
                        row = rows.parse(record);
                    } catch (RowRejected rejected) {
                        findings.reject(tally, record.line(), rejected.getMessage(), record.raw());
                        continue;
                    }
                    asOf = asOf == null || row.asOf().isAfter(asOf) ? row.asOf() : asOf;
                    int ordinal = index.ordinal(row.sku());
                    if (ordinal < 0) {
                        tally.ignored(InputFiles.UNKNOWN_SKU);
                    } else if (!index.supplierOf(ordinal).equals(supplier)) {
                        tally.ignored("foreign_sku");
                    } else {
                        tally.accepted();
                    }
                }
            } catch (FeedUnreadable unreadable) {
                invalid = unreadable.getMessage();
                rejectEveryRecord(path, tally, unreadable.getMessage());
            }
            return new FeedFile(path, source, path.getFileName().toString(), tally.read(), tally.rejectedCount(),
                    asOf, invalid);
        }

        /** A file that cannot be read in its layout: each of its records is rejected with that reason. */
        private void rejectEveryRecord(Path path, SourceTally tally, String reason) {
            try (CsvReader reader = CsvReader.canonical(new java.io.InputStreamReader(Files.newInputStream(path),
                    java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)))) {
                if (reader.next() == null) {
                    return;
                }
                CsvRecord record;
                while ((record = reader.next()) != null) {
                    monitor.rowDone();
                    findings.reject(tally, record.line(), reason, record.raw());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Second reading of the current feed: row-level discrepancies, and its stock when it is usable. */
        private void readCurrent(String supplier, FeedFormat format, FeedFile current, boolean usable) {
            Map<String, long[]> others = new HashMap<>();
            try (FeedRows rows = format.open(current.path(), current.source(), run.policy().zone())) {
                CsvRecord record;
                while ((record = rows.next()) != null) {
                    monitor.rowDone();
                    if (record.problem() != null) {
                        continue;
                    }
                    FeedRow row;
                    try {
                        row = rows.parse(record);
                    } catch (RowRejected rejected) {
                        continue;
                    }
                    long line = record.line();
                    int ordinal = index.ordinal(row.sku());
                    if (ordinal >= 0 && index.supplierOf(ordinal).equals(supplier)) {
                        stock.add(ordinal, row.quantity(), line);
                        continue;
                    }
                    if (ordinal < 0) {
                        findings.discrepancy(DiscrepancyType.UNKNOWN_SKU, current.source(), supplier, row.sku(), "",
                                Long.toString(row.quantity()), "line " + line + ": sku is not in the catalog", line);
                    } else {
                        String owner = index.supplierOf(ordinal);
                        findings.discrepancy(DiscrepancyType.FOREIGN_SKU, current.source(), supplier, row.sku(),
                                owner, supplier, "line " + line + ": the catalog gives this sku to supplier " + owner,
                                line);
                    }
                    long[] seen = others.computeIfAbsent(row.sku(), sku -> new long[] {0, line, line});
                    seen[0]++;
                    seen[2] = line;
                }
            }
            stock.drain((ordinal, qty, rowsSeen, firstLine, lastLine) -> {
                String sku = index.sku(ordinal);
                if (rowsSeen > 1) {
                    duplicate(current, supplier, sku, rowsSeen, firstLine, lastLine, "the last row counts");
                }
                if (usable) {
                    stockWriter.row(sku, qty);
                }
            });
            new TreeMap<>(others).forEach((sku, seen) -> {
                if (seen[0] > 1) {
                    duplicate(current, supplier, sku, seen[0], seen[1], seen[2], "the rows are not used");
                }
            });
        }

        private void duplicate(FeedFile current, String supplier, String sku, long rows, long firstLine,
                long lastLine, String effect) {
            findings.discrepancy(DiscrepancyType.DUPLICATE_SKU, current.source(), supplier, sku, "1",
                    Long.toString(rows), rows + " rows, lines " + firstLine + " to " + lastLine + "; " + effect,
                    firstLine);
        }
    }
}
