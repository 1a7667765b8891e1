package com.stockrecon.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import com.stockrecon.config.CatalogSource;
import com.stockrecon.config.InputLayout;
import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.H2JobTestSupport;
import com.stockrecon.support.ReportFiles;
import com.stockrecon.feeds.layout.FeedFormat;
import com.stockrecon.feeds.layout.FeedRow;
import com.stockrecon.feeds.layout.FeedRows;

/**
 * A feed is read only once it has fully arrived, and never half: uploads in progress and files
 * awaiting their marker are left alone, a file that changes while it is read is INVALID_FEED, and a
 * changed supplier definition makes a restarted run read the feeds again.
 */
@Import(FeedArrivalJobTest.ChangingFeeds.class)
class FeedArrivalJobTest extends H2JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Test
    void aFeedIsReadOnlyOnceItHasFullyArrived() throws Exception {
        Path input = Fixtures.copy("layout-arriving-feeds", work.resolve("input"));
        Path jobs = Fixtures.copy("layout-arriving-feeds-jobs", work.resolve("jobs"));
        Path upload = input.resolve("feeds/UPL/stock_new.csv.part");
        AtomicBoolean runOver = new AtomicBoolean();
        Thread uploader = new Thread(() -> writeSlowly(upload, runOver), "uploader");
        uploader.start();

        RunOutcome whileUploading;
        try {
            whileUploading = reconcile(input, jobs, false);
        } finally {
            runOver.set(true);
            uploader.join();
        }
        Map<String, String> stockWhileUploading = supplierStock();
        String missingFeed = detail("MISSING_FEED", "DONE");
        var sourcesWhileUploading = ReportFiles.summary(reportFolder(D)).path("sources");
        Files.move(upload, input.resolve("feeds/UPL/stock_new.csv"));
        Files.createFile(input.resolve("feeds/DONE/stock.csv.done"));
        RunOutcome afterArrival = reconcile(input, jobs, true);

        assertThat(whileUploading.result()).as(whileUploading.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(stockWhileUploading).containsEntry("LY-U1", "5").containsEntry("LY-D1", "0");
        assertThat(missingFeed).isEqualTo("no feed file in feeds/DONE/; still arriving, not read: stock.csv"
                + " (no stock.csv.done marker yet)");
        assertThat(sourcesWhileUploading.has("feeds/UPL/stock_new.csv.part")).isFalse();
        assertThat(sourcesWhileUploading.has("feeds/UPL/stock_2.csv.tmp")).isFalse();
        assertThat(sourcesWhileUploading.has("feeds/DONE/stock.csv")).isFalse();
        assertThat(afterArrival.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(supplierStock()).containsEntry("LY-U1", "99").containsEntry("LY-D1", "3");
    }

    @Test
    void aBlankMaxFeedAgeTakesThePolicyDefault() {
        Path input = Fixtures.copy("layout-arriving-feeds", work.resolve("input"));

        reconcile(input, Fixtures.copy("layout-arriving-feeds-jobs", work.resolve("jobs")), false);

        assertThat(supplierStock()).as("CAN's feed is 42 hours old, within the default 48").containsEntry("LY-A1", "7");
    }

    @Test
    void aFileThatChangesWhileItIsReadIsAnInvalidFeed() {
        Path input = Fixtures.copy("layout-arriving-feeds", work.resolve("input"));

        RunOutcome outcome = reconcile(input, Fixtures.copy("layout-arriving-feeds-jobs", work.resolve("jobs")), false);

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(supplierStock()).containsEntry("LY-CA1", "0").containsEntry("LY-CB1", "0");
        assertThat(detail("INVALID_FEED", "SUPA")).startsWith("the file changed while it was being read (");
        assertThat(detail("INVALID_FEED", "SUPB")).startsWith("the file changed while it was being read (");
        assertThat(ReportFiles.records(reportFolder(D).resolve("discrepancies.csv")))
                .as("an invalid feed reports only INVALID_FEED")
                .filteredOn(row -> row.get("supplier_id").startsWith("SUP"))
                .extracting(row -> row.get("type"))
                .containsExactly("INVALID_FEED", "INVALID_FEED");
    }

    @Test
    void aChangedSupplierDefinitionMakesARestartReadTheFeedsAgain() throws IOException {
        Path input = Fixtures.copy("layout-mapped-feeds", work.resolve("input"));
        Path jobs = Fixtures.copy("layout-mapped-feeds-jobs", work.resolve("jobs"));
        Path reports = Files.writeString(work.resolve("reports"), "a file where the reports folder should be");
        RunRequest request = new RunRequest(job, D, input, reports, policy(Map.of("max-reject-ratio", "0.25")),
                false, new InputLayout(CatalogSource.CANONICAL, jobs.resolve("suppliers")));

        RunOutcome failed = launcher.reconcile(request);
        RunOutcome unchanged = launcher.reconcile(request);
        Path nord = jobs.resolve("suppliers/NORD.yml");
        Files.writeString(nord, Files.readString(nord).replace("quantity: [Bestand, Menge]", "quantity: [Bestand]"));
        Files.delete(reports);
        RunOutcome changed = launcher.reconcile(request);

        assertThat(failed.result()).isEqualTo(RunOutcome.Result.FAILED);
        assertThat(exitCode(unchanged, "readFeeds")).isEqualTo("REUSED");
        assertThat(changed.result()).as(changed.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(exitCode(changed, "readCatalog")).isEqualTo("REUSED");
        assertThat(exitCode(changed, "readFeeds")).isEqualTo("COMPLETED");
        assertThat(detail("INVALID_FEED", "NORD")).startsWith("feeds/NORD/Lagerbestand_24112026.csv: required column"
                + " quantity is missing (looked for 'Bestand'");
    }

    private RunOutcome reconcile(Path input, Path jobs, boolean rerun) {
        return launcher.reconcile(new RunRequest(job, D, input, work.resolve("reports"), policy(Map.of()), rerun,
                new InputLayout(CatalogSource.CANONICAL, jobs.resolve("suppliers"))));
    }

    private Map<String, String> supplierStock() {
        Map<String, String> stock = new java.util.TreeMap<>();
        ReportFiles.records(reportFolder(D).resolve("available_stock.csv"))
                .forEach(row -> stock.put(row.get("sku"), row.get("supplier_stock")));
        return stock;
    }

    private String detail(String type, String supplier) {
        List<String> details = ReportFiles.records(reportFolder(D).resolve("discrepancies.csv")).stream()
                .filter(row -> row.get("type").equals(type) && row.get("supplier_id").equals(supplier))
                .map(row -> row.get("detail")).toList();
        assertThat(details).as(type + " of " + supplier).hasSize(1);
        return details.get(0);
    }

    private static String exitCode(RunOutcome outcome, String step) {
        return outcome.execution().getStepExecutions().stream().filter(s -> s.getStepName().equals(step))
                .findFirst().orElseThrow().getExitStatus().getExitCode();
    }

    /** A supplier's upload: rows keep coming until the run is over. */
    private static void writeSlowly(Path upload, AtomicBoolean runOver) {
        try (Writer out = Files.newBufferedWriter(upload, StandardOpenOption.CREATE_NEW)) {
            out.write("sku,quantity,as_of\n");
            while (!runOver.get()) {
                out.write("LY-U1,99,2026-11-24T12:00:00Z\n");
                out.flush();
                Thread.sleep(5);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Suppliers SUPA and SUPB keep writing into their feed file: SUPA's grows while it is first read,
     * SUPB's between its first and second reading.
     */
    @TestConfiguration
    static class ChangingFeeds {

        @Bean
        @Primary
        FeedFormats changingFeedFormats() {
            return new FeedFormats() {
                @Override
                public SupplierFormats forRun(RunContext run) {
                    SupplierFormats real = super.forRun(run);
                    return new SupplierFormats(supplier -> switch (supplier) {
                        case "SUPA" -> new AppendsAfterReading(real.forSupplier(supplier), 1);
                        case "SUPB" -> new AppendsAfterReading(real.forSupplier(supplier), 2);
                        default -> real.forSupplier(supplier);
                    });
                }
            };
        }
    }

    /** A format whose file gets one more row when its n-th reading ends, as a supplier still writing would add. */
    static final class AppendsAfterReading implements FeedFormat {

        private final FeedFormat format;
        private final int reading;
        private int opened;

        AppendsAfterReading(FeedFormat format, int reading) {
            this.format = format;
            this.reading = reading;
        }

        @Override
        public FeedArrival arrival(Path file) {
            return format.arrival(file);
        }

        @Override
        public FeedRows open(Path file, String source, ZoneId zone) {
            FeedRows rows = format.open(file, source, zone);
            boolean append = ++opened == reading;
            return new FeedRows() {
                @Override
                public CsvRecord next() {
                    return rows.next();
                }

                @Override
                public FeedRow parse(CsvRecord record) {
                    return rows.parse(record);
                }

                @Override
                public void close() {
                    rows.close();
                    if (append) {
                        try {
                            Files.writeString(file, "LATE-1,1,2026-11-24T07:00:00Z\n", StandardOpenOption.APPEND);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            };
        }

        @Override
        public String describe() {
            return format.describe();
        }
    }
}
