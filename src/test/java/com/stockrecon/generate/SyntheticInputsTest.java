package com.stockrecon.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.inputs.csv.InputSource;
import com.stockrecon.inputs.csv.CsvRecord;

/** The generator at small size: every file there, about the sizes asked for, readable by the job's reader, repeatable. */
class SyntheticInputsTest {

    static final LocalDate D = LocalDate.of(2026, 11, 24);
    static final int SKUS = 3_000;

    /** Required columns of each canonical file, as the job reads them. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "suppliers.csv", List.of("supplier_id"),
            "catalog.csv", List.of("sku", "supplier_id"),
            "on_hand.csv", List.of("sku", "quantity"),
            "reservations.csv", List.of("sku", "quantity"),
            "in_transit.csv", List.of("sku", "quantity"),
            "sales.csv", List.of("date", "sku", "quantity"),
            "counts.csv", List.of("sku", "location", "counted_qty"));

    @TempDir
    Path work;

    @Test
    void writesEveryCanonicalFileWithTheRowCountsAskedFor() {
        GeneratedInputs generated = new SyntheticInputs(GenerationSettings.of(SKUS, D)).writeTo(work.resolve("in"));

        Path in = work.resolve("in");
        for (String file : REQUIRED.keySet()) {
            assertThat(in.resolve(file)).isRegularFile();
        }
        assertThat(in.resolve(SyntheticInputs.MANIFEST)).isRegularFile();
        assertThat(generated.settings().suppliers()).isEqualTo(5);
        assertThat(rows(generated, "suppliers.csv")).isEqualTo(5);
        assertThat(rows(generated, "catalog.csv")).isBetween((long) SKUS, SKUS + 20L);
        assertThat((double) rows(generated, "on_hand.csv")).isCloseTo(1.2 * SKUS, within(0.1 * SKUS));
        assertThat((double) rows(generated, "reservations.csv")).isCloseTo(0.3 * SKUS, within(0.05 * SKUS));
        assertThat((double) rows(generated, "in_transit.csv")).isCloseTo(0.2 * SKUS, within(0.05 * SKUS));
        assertThat((double) rows(generated, "sales.csv")).isCloseTo(20.0 * SKUS, within(2.0 * SKUS));
        assertThat((double) rows(generated, "counts.csv")).isCloseTo(0.01 * SKUS, within(0.01 * SKUS));
        long feedRows = generated.feeds().stream().mapToLong(FileTally::rows).sum();
        assertThat(feedRows).isBetween((long) (0.5 * SKUS), (long) (1.5 * SKUS));
    }

    @Test
    void everyFileParsesRowForRowAsTheTallySays() throws IOException {
        GeneratedInputs generated = new SyntheticInputs(GenerationSettings.of(SKUS, D)).writeTo(work.resolve("in"));

        for (FileTally tally : generated.files()) {
            Path file = work.resolve("in").resolve(tally.source());
            List<String> required = REQUIRED.getOrDefault(tally.source(), List.of("sku", "quantity", "as_of"));
            long records = 0;
            long broken = 0;
            try (InputSource input = InputSource.open(file, tally.source(), required, List.of())) {
                CsvRecord record;
                while ((record = input.next()) != null) {
                    records++;
                    if (record.problem() != null || record.size() != input.width()) {
                        broken++;
                    }
                }
            }
            assertThat(records).as(tally.source()).isEqualTo(tally.rows());
            assertThat(broken).as(tally.source()).isLessThanOrEqualTo(tally.malformed());
            assertThat(Files.size(file)).as(tally.source()).isEqualTo(tally.bytes());
        }
    }

    @Test
    void badRowsAreASprinkle() {
        GeneratedInputs generated = new SyntheticInputs(GenerationSettings.of(SKUS, D)).writeTo(work.resolve("in"));

        long core = 0;
        long bad = 0;
        for (FileTally tally : generated.files()) {
            if (!tally.source().startsWith("feeds/")) {
                assertThat(tally.malformed()).as(tally.source()).isLessThanOrEqualTo(tally.rows() / 100);
                core += tally.rows();
                bad += tally.malformed() + tally.unknownSku();
            }
        }
        assertThat(bad).isPositive().isLessThan(core / 200);
        assertThat(generated.feeds()).anySatisfy(feed -> assertThat(feed.malformed()).isGreaterThan(feed.rows() / 20));
    }

    @Test
    void salesFallOnTheFiveWeeksBeforeDWithAboutTwoPercentReturns() throws IOException {
        new SyntheticInputs(GenerationSettings.of(SKUS, D)).writeTo(work.resolve("in"));

        long rows = 0;
        long returns = 0;
        try (InputSource sales = InputSource.open(work.resolve("in/sales.csv"), "sales.csv", REQUIRED.get("sales.csv"),
                List.of())) {
            CsvRecord record;
            while ((record = sales.next()) != null) {
                if (record.size() != 3 || !record.cell(0).matches("\\d{4}-\\d\\d-\\d\\d")
                        || !record.cell(2).matches("-?\\d+")) {
                    continue;
                }
                LocalDate date = LocalDate.parse(record.cell(0));
                assertThat(date).isBetween(D.minusDays(35), D.minusDays(1));
                rows++;
                if (record.cell(2).startsWith("-")) {
                    returns++;
                }
            }
        }
        assertThat((double) returns / rows).isCloseTo(0.02, within(0.005));
    }

    @Test
    void feedsFollowEachSuppliersRole() throws IOException {
        new SyntheticInputs(GenerationSettings.of(SKUS, D)).writeTo(work.resolve("in"));

        Path feeds = work.resolve("in/feeds");
        assertThat(list(feeds)).containsExactly("SUP0001", "SUP0002", "SUP0003", "SUP0004");
        assertThat(list(feeds.resolve("SUP0001"))).containsExactly("stock_2026-11-23.csv", "stock_2026-11-24.csv");
        assertThat(list(feeds.resolve("SUP0002"))).containsExactly("stock_2026-11-24.csv");
        assertThat(list(feeds.resolve("SUP0003"))).containsExactly("stock_2026-11-24.csv");
        assertThat(list(feeds.resolve("SUP0004"))).containsExactly("stock_2026-11-20.csv");
        assertThat(Files.readAllLines(feeds.resolve("SUP0002/stock_2026-11-24.csv")).get(1)).endsWith(",2026-11-24T05:00:00Z");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherSales() throws IOException {
        GenerationSettings settings = GenerationSettings.of(500, D);
        new SyntheticInputs(settings).writeTo(work.resolve("a"));
        new SyntheticInputs(settings).writeTo(work.resolve("b"));
        new SyntheticInputs(settings.withSeed(2)).writeTo(work.resolve("c"));

        try (Stream<Path> files = Files.walk(work.resolve("a"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = work.resolve("b").resolve(work.resolve("a").relativize(file));
                assertThat(Files.readAllBytes(twin)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
        assertThat(Files.readAllBytes(work.resolve("c/sales.csv"))).isNotEqualTo(Files.readAllBytes(work.resolve("a/sales.csv")));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path taken = Files.createDirectories(work.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> new SyntheticInputs(GenerationSettings.of(100, D)).writeTo(taken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not empty");
        assertThat(list(taken)).containsExactly("notes.txt");
    }

    private static long rows(GeneratedInputs generated, String source) {
        return generated.file(source).orElseThrow().rows();
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
