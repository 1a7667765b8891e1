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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.stockrecon.catalog.CatalogIndex;
import com.stockrecon.inputs.CatalogIndexCache;
import com.stockrecon.inputs.CatalogStep;
import com.stockrecon.findings.Findings;
import com.stockrecon.inputs.InputFiles;
import com.stockrecon.inputs.RowLoop;
import com.stockrecon.findings.RowRejected;
import com.stockrecon.findings.SourceTally;
import com.stockrecon.inputs.csv.CsvReader;
import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepMonitor;
import com.stockrecon.runs.StepServices;
import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;
import com.stockrecon.feeds.layout.FeedFormat;
import com.stockrecon.feeds.layout.FeedRow;
import com.stockrecon.feeds.layout.FeedRows;
import com.stockrecon.feeds.layout.FeedUnreadable;

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

    private static final Logger log = LoggerFactory.getLogger(FeedsStep.class);

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
        FeedFormats.SupplierFormats supplierFormats = formats.forRun(run);
        listFeeds(run.inputDir()).forEach((supplier, files) -> {
            fingerprint.add(supplier).add(supplierFormats.forSupplier(supplier).describe());
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
            Long age = row.getObject(2, Long.class);
            maxAges.put(row.getString(1), age == null ? run.policy().maxFeedAgeHours() : age);
        });
        Map<String, List<Path>> feeds = listFeeds(run.inputDir());
        TreeSet<String> suppliers = new TreeSet<>(feeds.keySet());
        suppliers.addAll(index.suppliers());
        FeedFormats.SupplierFormats supplierFormats = formats.forRun(run);
        CurrentFeedStock stock = new CurrentFeedStock(index.size());
        try (Findings findings = new Findings(staging, runId, NAME);
                BulkWriter stockWriter = staging.writer(WorkTable.FEED_STOCK, runId, "sku", "qty");
                BulkWriter statusWriter = staging.writer(WorkTable.FEED_STATUS, runId, "supplier_id", "status",
                        "source")) {
            SupplierFeeds judge = new SupplierFeeds(run, index, findings, attempt.monitor(), stock, stockWriter);
            for (String supplier : suppliers) {
                long maxAge = maxAges.getOrDefault(supplier, run.policy().maxFeedAgeHours());
                FeedFormat format = supplierFormats.forSupplier(supplier);
                SkuMatcher skus = format.matchesOnSupplierSku() ? supplierSkus(runId, supplier, index)
                        : new SkuMatcher(index::ordinal, "sku is not in the catalog");
                FeedVerdict verdict = judge.judge(supplier, format, skus, feeds.getOrDefault(supplier, List.of()),
                        maxAge);
                statusWriter.row(supplier, verdict.status(), verdict.source());
            }
        }
        List<StagedOutput> outputs = new ArrayList<>(InputFiles.FINDINGS);
        outputs.add(StagedOutput.table(WorkTable.FEED_STOCK));
        outputs.add(StagedOutput.table(WorkTable.FEED_STATUS));
        return outputs;
    }

    /** A supplier's own codes, as the catalog's supplier_sku column gives them, to the ordinals of our SKUs. */
    private SkuMatcher supplierSkus(long runId, String supplier, CatalogIndex index) {
        Map<String, Integer> ordinals = new HashMap<>();
        staging.jdbc().query("SELECT supplier_sku, sku FROM " + WorkTable.CATALOG.in(runId)
                + " WHERE supplier_id = ? AND supplier_sku IS NOT NULL", row -> {
                    ordinals.put(row.getString(1), index.ordinal(row.getString(2)));
                }, supplier);
        return new SkuMatcher(code -> ordinals.getOrDefault(code, -1),
                "no catalog sku of supplier " + supplier + " has this supplier_sku");
    }

    record FeedVerdict(String status, String source) {
    }

    /** A feed file after its first reading, with its state before that reading began. */
    record ScannedFile(FeedFile file, FeedFileState before) {
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

        FeedVerdict judge(String supplier, FeedFormat format, SkuMatcher skus, List<Path> candidates,
                long maxAgeHours) {
            List<ScannedFile> files = new ArrayList<>();
            List<String> arriving = new ArrayList<>();
            for (Path path : candidates) {
                FeedFileState before = FeedFileState.of(path);
                FeedFormat.FeedArrival arrival = PushedFeeds.formatOf(path, format).arrival(path);
                if (arrival.isWaiting()) {
                    arriving.add(path.getFileName() + " (" + arrival.waitingFor() + ")");
                } else if (arrival.isFeed()) {
                    files.add(scan(supplier, PushedFeeds.formatOf(path, format),
                            PushedFeeds.skusOf(path, skus, catalogSkus()), path, before, arrival.invalidReason()));
                }
            }
            if (!arriving.isEmpty()) {
                log.info("feeds/{}: not read, still arriving: {}", supplier, String.join(", ", arriving));
            }
            String folder = InputFiles.FEEDS + "/" + supplier;
            Optional<FeedFile> chosen = CurrentFeed.of(files.stream().map(ScannedFile::file).toList());
            if (chosen.isEmpty()) {
                if (index.suppliers().contains(supplier)) {
                    findings.discrepancy(DiscrepancyType.MISSING_FEED, folder, supplier, "", "", "",
                            "no feed file in " + folder + "/" + (arriving.isEmpty() ? ""
                                    : "; still arriving, not read: " + String.join(", ", arriving)), 0);
                }
                return new FeedVerdict(MISSING, folder);
            }
            FeedFile current = chosen.get();
            FeedFileState scannedState = files.stream().filter(file -> file.file() == current).findFirst().orElseThrow()
                    .before();
            if (current.invalidReason() != null
                    || RowLoop.exceeds(current.rejected(), current.read(), run.policy().maxRejectRatio())) {
                return invalid(supplier, current, current.invalidReason() != null ? current.invalidReason()
                        : current.rejected() + " of " + current.read() + " rows rejected");
            }
            CurrentFeedReading reading = readCurrent(supplier, PushedFeeds.formatOf(current.path(), format),
                    PushedFeeds.skusOf(current.path(), skus, catalogSkus()), current);
            FeedFileState now = FeedFileState.of(current.path());
            if (!now.equals(scannedState)) {
                reading.discard();
                return invalid(supplier, current, changed(scannedState, now));
            }
            if (current.asOf() == null) {
                findings.discrepancy(DiscrepancyType.STALE_FEED, current.source(), supplier, "",
                        Long.toString(maxAgeHours), "", "the feed has no row with an as_of", 0);
                reading.publish(null);
                return new FeedVerdict(STALE, current.source());
            }
            if (FeedFreshness.isStale(current.asOf(), run.businessDate(), run.policy().zone(), maxAgeHours)) {
                findings.discrepancy(DiscrepancyType.STALE_FEED, current.source(), supplier, "",
                        Long.toString(maxAgeHours),
                        FeedFreshness.ageHours(current.asOf(), run.businessDate(), run.policy().zone()).toPlainString(),
                        "as_of " + current.asOf() + " is more than " + maxAgeHours + " hours before the end of "
                                + run.businessDate() + " (" + run.policy().zone().getId() + ")",
                        0);
                reading.publish(null);
                return new FeedVerdict(STALE, current.source());
            }
            reading.publish(stockWriter);
            return new FeedVerdict(USABLE, current.source());
        }

        private SkuMatcher catalogSkus() {
            return new SkuMatcher(index::ordinal, "sku is not in the catalog");
        }

        private FeedVerdict invalid(String supplier, FeedFile current, String detail) {
            BigDecimalRatio ratio = new BigDecimalRatio(current.rejected(), current.read());
            findings.discrepancy(DiscrepancyType.INVALID_FEED, current.source(), supplier, "",
                    BigDecimalRatio.percent(run.policy().maxRejectRatio()), ratio.percent(), detail, 0);
            return new FeedVerdict(INVALID, current.source());
        }

        private static String changed(FeedFileState before, FeedFileState after) {
            return "the file changed while it was being read (" + before.describe() + ", then " + after.describe()
                    + "); it is read again by the next run";
        }

        /** First reading: accounts for every row and finds the file's as_of. */
        private ScannedFile scan(String supplier, FeedFormat format, SkuMatcher skus, Path path, FeedFileState before,
                String arrivalProblem) {
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
                    int ordinal = skus.ordinal().applyAsInt(row.sku());
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
                rejectEveryRecord(format, path, tally, unreadable.getMessage());
            }
            FeedFileState after = FeedFileState.of(path);
            if (invalid == null && !after.equals(before)) {
                invalid = changed(before, after);
            }
            return new ScannedFile(new FeedFile(path, source, path.getFileName().toString(), tally.read(),
                    tally.rejectedCount(), asOf, invalid), before);
        }

        /** A file that cannot be read in its layout: each of its records is rejected with that reason. */
        private void rejectEveryRecord(FeedFormat format, Path path, SourceTally tally, String reason) {
            try (CsvReader reader = format.openRecords(path)) {
                CsvRecord record;
                while ((record = reader.next()) != null) {
                    monitor.rowDone();
                    findings.reject(tally, record.line(), reason, record.raw());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Second reading of the current feed: its stock per SKU and its row-level discrepancies, held back. */
        private CurrentFeedReading readCurrent(String supplier, FeedFormat format, SkuMatcher skus, FeedFile current) {
            CurrentFeedReading reading = new CurrentFeedReading(index, stock, findings, supplier, current);
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
                    reading.add(row, record.line(), skus);
                }
            } catch (FeedUnreadable unreadable) {
                // the file changed since its first reading: the state check after this reading says so
                log.debug("{} became unreadable on its second reading: {}", current.source(), unreadable.getMessage());
            }
            return reading;
        }
    }
}
