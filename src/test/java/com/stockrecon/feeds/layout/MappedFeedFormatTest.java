package com.stockrecon.feeds.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.findings.RowRejected;
import com.stockrecon.inputs.csv.CsvReader;
import com.stockrecon.inputs.csv.CsvRecord;

/** Feed files in foreign layouts read as canonical feed rows, with the original file's lines. */
class MappedFeedFormatTest {

    private static final ZoneId RUN_ZONE = ZoneOffset.UTC;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path jobs;

    @TempDir
    Path feeds;

    @Test
    void semicolonsDecimalCommaWindows1252AndLinesBeforeTheHeader() throws IOException {
        MappedFeedFormat format = format("""
                encoding: windows-1252
                delimiter: semicolon
                skip-lines: 2
                columns:
                  sku: [Artikelnummer, Art.-Nr.]
                  quantity: [Bestand, Menge]
                  as-of: Stand
                quantity:
                  decimal-separator: comma
                  thousands-separator: dot
                as-of:
                  pattern: dd.MM.yyyy HH:mm
                  zone: Europe/Berlin
                """);
        Path file = write("Lagerbestand.csv", WINDOWS_1252, """
                Lagerbestand Nordlager GmbH \u2013 Export
                Erstellt am 24.11.2026
                Art.-Nr.;Bezeichnung;Menge;Stand
                SCHR-\u00D84;"Schraube \u00D8 4; verzinkt";1.250,00;24.11.2026 06:00
                MUT-M4;Mutter M4;12,5;24.11.2026 06:00
                """);

        List<Object> rows = read(format, file);

        assertThat(rows).containsExactly(
                "4: " + new FeedRow("SCHR-\u00D84", 1250, Instant.parse("2026-11-24T05:00:00Z")),
                "5: Menge: '12,5' has a fraction; a whole number is required [MUT-M4;Mutter M4;12,5;24.11.2026 06:00]");
    }

    @Test
    void aHeaderlessTabSeparatedFileByPosition() throws IOException {
        MappedFeedFormat format = format("""
                delimiter: tab
                quote: none
                header: false
                columns:
                  sku: 1
                  quantity: 3
                  as-of: 4
                """);
        Path file = write("stock.tsv", StandardCharsets.UTF_8,
                "A-1\tWidget \"large\"\t40\t2026-11-24T06:00:00Z\nA-2\tShort row\n\nA-3\tGadget\t7\t2026-11-24\n");

        List<Object> rows = read(format, file);

        assertThat(rows).containsExactly(
                "1: " + new FeedRow("A-1", 40, Instant.parse("2026-11-24T06:00:00Z")),
                "2: expected at least 4 cells, found 2 [A-2\tShort row]",
                "4: " + new FeedRow("A-3", 7, Instant.parse("2026-11-24T00:00:00Z")));
    }

    @Test
    void utf16WithByteOrderMarkPipesAndSingleQuotes() throws IOException {
        MappedFeedFormat format = format("""
                encoding: UTF-16
                delimiter: pipe
                quote: "'"
                columns:
                  sku: Code
                  quantity: Qty
                  as-of: Date
                quantity:
                  thousands-separator: apostrophe
                """);
        Path file = write("stock.csv", StandardCharsets.UTF_16LE, "\uFEFFCode|Qty|Date\n'B|1'|12'500|2026-11-24T06:00:00+01:00\n");

        assertThat(read(format, file)).containsExactly(
                "2: " + new FeedRow("B|1", 12_500, Instant.parse("2026-11-24T05:00:00Z")));
    }

    @Test
    void utf8WithByteOrderMarkAndIso88591() throws IOException {
        MappedFeedFormat utf8 = format("columns:\n  sku: Artikel\n  quantity: Menge\n  as-of: Datum\n");
        Path bom = write("bom.csv", StandardCharsets.UTF_8, "\uFEFFArtikel,Menge,Datum\nK\u00FChler,3,2026-11-24\n");
        MappedFeedFormat latin1 = format("encoding: ISO-8859-1\ncolumns:\n  sku: Artikel\n  quantity: Menge\n"
                + "  as-of: Datum\n");
        Path iso = write("latin1.csv", StandardCharsets.ISO_8859_1, "ARTIKEL , Menge,DATUM\nK\u00FChler,3,2026-11-24\n");

        FeedRow expected = new FeedRow("K\u00FChler", 3, Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(read(utf8, bom)).containsExactly("2: " + expected);
        assertThat(read(latin1, iso)).containsExactly("2: " + expected);
    }

    @Test
    void asOfFromTheFileName() throws IOException {
        MappedFeedFormat format = format("""
                columns:
                  sku: sku
                  quantity: qty
                as-of:
                  from: file-name
                  file-name: 'stock_(\\d{8}-\\d{4})'
                  pattern: yyyyMMdd-HHmm
                  zone: Europe/Berlin
                """);
        Path named = write("stock_20261124-0615.csv", StandardCharsets.UTF_8, "sku,qty\nA,1\n");
        Path unnamed = write("stock_latest.csv", StandardCharsets.UTF_8, "sku,qty\nA,1\n");

        assertThat(read(format, named)).containsExactly("2: " + new FeedRow("A", 1, Instant.parse("2026-11-24T05:15:00Z")));
        assertThatThrownBy(() -> read(format, unnamed))
                .isInstanceOf(FeedUnreadable.class)
                .hasMessageContaining("the file name does not match as-of.file-name");
    }

    @Test
    void asOfFromTheModificationTime() throws IOException {
        MappedFeedFormat format = format("columns:\n  sku: sku\n  quantity: qty\nas-of:\n  from: modified-time\n");
        Path file = write("stock.csv", StandardCharsets.UTF_8, "sku,qty\nA,1\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-24T06:07:08Z")));

        assertThat(read(format, file)).containsExactly("2: " + new FeedRow("A", 1, Instant.parse("2026-11-24T06:07:08Z")));
    }

    @Test
    void aMissingColumnMakesTheFileUnreadableNamingWhatWasLookedFor() throws IOException {
        MappedFeedFormat format = format("delimiter: semicolon\ncolumns:\n  quantity: [Bestand, Menge]\n");
        Path file = write("stock.csv", StandardCharsets.UTF_8, "sku;Anzahl;as_of\nA;1;2026-11-24\n");

        assertThatThrownBy(() -> format.open(file, "feeds/X/stock.csv", RUN_ZONE))
                .isInstanceOf(FeedUnreadable.class)
                .hasMessage("feeds/X/stock.csv: required column quantity is missing (looked for 'Bestand', 'Menge';"
                        + " header: sku;Anzahl;as_of)");
    }

    @Test
    void theFirstAliasPresentIsUsed() throws IOException {
        MappedFeedFormat format = format("columns:\n  quantity: [Available, Stock]\n");
        Path file = write("stock.csv", StandardCharsets.UTF_8, "sku,Stock,Available,as_of\nA,9,4,2026-11-24\n");

        assertThat(read(format, file)).containsExactly("2: " + new FeedRow("A", 4, Instant.parse("2026-11-24T00:00:00Z")));
    }

    @Test
    void recordsOfAnUnreadableFileAreSplitInItsOwnLayout() throws IOException {
        MappedFeedFormat format = format("delimiter: semicolon\nskip-lines: 1\n");
        Path file = write("stock.csv", StandardCharsets.UTF_8, "preamble\ncode;qty\nA;1\nB;2\n");

        List<String> records = new ArrayList<>();
        try (CsvReader reader = format.openRecords(file)) {
            CsvRecord record;
            while ((record = reader.next()) != null) {
                records.add(record.line() + ": " + record.raw());
            }
        }

        assertThat(records).containsExactly("3: A;1", "4: B;2");
    }

    private MappedFeedFormat format(String yaml) throws IOException {
        Path folder = Files.createDirectories(jobs.resolve("suppliers"));
        Files.writeString(folder.resolve("SUP.yml"), yaml);
        return new MappedFeedFormat(SupplierFeedDefinitions.load(jobs).of("SUP").orElseThrow());
    }

    private Path write(String name, Charset charset, String text) throws IOException {
        return Files.write(feeds.resolve(name), text.getBytes(charset));
    }

    /** Each record as "line: row" or "line: reason [raw]". */
    private static List<Object> read(MappedFeedFormat format, Path file) {
        List<Object> rows = new ArrayList<>();
        try (FeedRows feed = format.open(file, "feeds/SUP/" + file.getFileName(), RUN_ZONE)) {
            CsvRecord record;
            while ((record = feed.next()) != null) {
                try {
                    rows.add(record.line() + ": " + feed.parse(record));
                } catch (RowRejected rejected) {
                    rows.add(record.line() + ": " + rejected.getMessage() + " [" + record.raw() + "]");
                }
            }
        }
        return rows;
    }
}
