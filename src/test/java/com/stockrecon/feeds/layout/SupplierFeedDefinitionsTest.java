package com.stockrecon.feeds.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.feeds.layout.SupplierFeedDefinition.AsOfFrom;
import com.stockrecon.feeds.layout.SupplierFeedDefinition.Field;
import com.stockrecon.feeds.layout.SupplierFeedDefinition.SkuMatch;
import com.stockrecon.inputs.csv.CsvReader;

/** jobs/suppliers/<supplier_id>.yml: every key read, and a bad one named with its file and the problem. */
class SupplierFeedDefinitionsTest {

    @TempDir
    Path jobs;

    @Test
    void everyKeyIsRead() throws IOException {
        write("NORD", """
                description: Nordlager ERP export
                files: "Lagerbestand_*.csv"
                encoding: windows-1252
                delimiter: semicolon
                quote: "'"
                skip-lines: 2
                columns:
                  sku: [Artikelnummer, Art.-Nr.]
                  quantity: Menge
                  as-of: Stand
                quantity:
                  decimal-separator: comma
                  thousands-separator: dot
                as-of:
                  pattern: dd.MM.yyyy HH:mm
                  zone: Europe/Berlin
                match-sku-on: supplier_sku
                arrival:
                  require-done-marker: true
                  require-sha256: true
                """);

        SupplierFeedDefinition nord = SupplierFeedDefinitions.load(jobs).of("NORD").orElseThrow();

        assertThat(nord.files()).isEqualTo("Lagerbestand_*.csv");
        assertThat(nord.encoding().name()).isEqualTo("windows-1252");
        assertThat(nord.delimiter()).isEqualTo(';');
        assertThat(nord.quote()).isEqualTo('\'');
        assertThat(nord.skipLines()).isEqualTo(2);
        assertThat(nord.header()).isTrue();
        assertThat(nord.names()).isEqualTo(Map.of(Field.SKU, List.of("Artikelnummer", "Art.-Nr."),
                Field.QUANTITY, List.of("Menge"), Field.AS_OF, List.of("Stand")));
        assertThat(nord.decimalSeparator()).isEqualTo(',');
        assertThat(nord.thousandsSeparators()).isEqualTo(".");
        assertThat(nord.asOfFrom()).isEqualTo(AsOfFrom.COLUMN);
        assertThat(nord.asOfPattern()).isEqualTo("dd.MM.yyyy HH:mm");
        assertThat(nord.asOfZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(nord.matchSkuOn()).isEqualTo(SkuMatch.SUPPLIER_SKU);
        assertThat(nord.requireDoneMarker()).isTrue();
        assertThat(nord.requireSha256()).isTrue();
    }

    @Test
    void anEmptyDefinitionIsTheCanonicalLayout() throws IOException {
        write("PLAIN", "description: sends the canonical layout\n");

        SupplierFeedDefinition plain = SupplierFeedDefinitions.load(jobs).of("PLAIN").orElseThrow();

        assertThat(plain.files()).isEqualTo("*.csv");
        assertThat(plain.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(plain.delimiter()).isEqualTo(',');
        assertThat(plain.quote()).isEqualTo('"');
        assertThat(plain.names()).isEqualTo(Map.of(Field.SKU, List.of("sku"), Field.QUANTITY, List.of("quantity"),
                Field.AS_OF, List.of("as_of")));
        assertThat(plain.matchSkuOn()).isEqualTo(SkuMatch.SKU);
        assertThat(plain.requireDoneMarker()).isFalse();
    }

    @Test
    void aHeaderlessFileHasPositionsAndItsAsOfFromTheFileName() throws IOException {
        write("TABS", """
                delimiter: tab
                quote: none
                header: false
                columns:
                  sku: 1
                  quantity: 3
                as-of:
                  from: file-name
                  file-name: 'bestand_(\\d{8})\\.tsv'
                  pattern: yyyyMMdd
                """);

        SupplierFeedDefinition tabs = SupplierFeedDefinitions.load(jobs).of("TABS").orElseThrow();

        assertThat(tabs.delimiter()).isEqualTo('\t');
        assertThat(tabs.quote()).isEqualTo(CsvReader.NO_QUOTE);
        assertThat(tabs.positions()).isEqualTo(Map.of(Field.SKU, 1, Field.QUANTITY, 3));
        assertThat(tabs.asOfFrom()).isEqualTo(AsOfFrom.FILE_NAME);
        assertThat(tabs.asOfFileName()).isEqualTo("bestand_(\\d{8})\\.tsv");
    }

    @Test
    void anOrdersSectionIsLeftToTheOutboundFeatureAndAloneKeepsTheFeedsCanonical() throws IOException {
        write("ONLY", "orders:\n  url: https://only.example/orders\n  secret-env: ONLY_SECRET\n");
        write("BOTH", "delimiter: semicolon\norders:\n  url: https://both.example/orders\n  secret-env: BOTH_SECRET\n");

        SupplierFeedDefinitions definitions = SupplierFeedDefinitions.load(jobs);

        assertThat(definitions.suppliers()).containsExactly("BOTH");
        assertThat(definitions.of("BOTH").orElseThrow().delimiter()).isEqualTo(';');
    }

    @Test
    void noFolderMeansNoDefinitions() {
        SupplierFeedDefinitions none = SupplierFeedDefinitions.load(jobs.resolve("elsewhere"));

        assertThat(none.folder()).isNull();
        assertThat(none.suppliers()).isEmpty();
    }

    @Test
    void aBadDefinitionNamesItsFileAndKey() throws IOException {
        assertProblem("unknown: 1", "unknown", "unknown key (keys: ");
        assertProblem("delimiter: two", "delimiter", "'two' is not a delimiter");
        assertProblem("encoding: EBCDIC-XYZ", "encoding", "'EBCDIC-XYZ' is not a known encoding");
        assertProblem("quote: none\ndelimiter: semicolon\nskip-lines: -1", "skip-lines", "must be at least 0");
        assertProblem("header: maybe", "header", "'maybe' is not true or false");
        assertProblem("header: false\ncolumns:\n  sku: 1", "columns.quantity", "required without a header");
        assertProblem("header: false\ncolumns:\n  sku: 1\n  quantity: [2, 3]\n  as-of: 4", "columns.quantity",
                "one position");
        assertProblem("header: false\ncolumns:\n  sku: 1\n  quantity: 1\n  as-of: 4", "columns.quantity",
                "column 1 is also columns.sku");
        assertProblem("header: false\ncolumns:\n  sku: first\n  quantity: 2\n  as-of: 3", "columns.sku",
                "'first' is not a whole number");
        assertProblem("columns:\n  sku: [code, qty]\n  quantity: qty", "columns.quantity", "also a name of columns.sku");
        assertProblem("quantity:\n  decimal-separator: ';'", "quantity.decimal-separator", "is not '.' or ','");
        assertProblem("quantity:\n  decimal-separator: comma\n  thousands-separator: comma",
                "quantity.thousands-separator", "also the decimal separator");
        assertProblem("as-of:\n  pattern: HH:mm", "as-of.pattern", "does not read a whole date");
        assertProblem("as-of:\n  pattern: dd.MM.yyyy qqqqqq", "as-of.pattern", "is not a date-time pattern");
        assertProblem("as-of:\n  zone: Mars/Olympus", "as-of.zone", "is not a time zone");
        assertProblem("as-of:\n  from: yesterday", "as-of.from", "is not one of column, file-name, modified-time");
        assertProblem("as-of:\n  from: file-name", "as-of.file-name", "required with 'as-of.from: file-name'");
        assertProblem("as-of:\n  from: file-name\n  file-name: 'stock_\\d+'", "as-of.file-name", "has no group");
        assertProblem("as-of:\n  from: file-name\n  file-name: 'stock_(\\d+'", "as-of.file-name",
                "is not a regular expression");
        assertProblem("as-of:\n  file-name: '(\\d+)'", "as-of.file-name", "only used with 'as-of.from: file-name'");
        assertProblem("as-of:\n  from: modified-time\ncolumns:\n  as-of: Stand", "columns.as-of", "not used");
        assertProblem("as-of:\n  from: modified-time\n  pattern: yyyyMMdd", "as-of.pattern", "not used");
        assertProblem("files: feeds/*.csv", "files", "not a path");
        assertProblem("files: '*.{csv'", "files", "not a valid file name pattern");
        assertProblem("match-sku-on: ean", "match-sku-on", "is not one of sku, supplier_sku");
        assertProblem("arrival:\n  require-sha256: sometimes", "arrival.require-sha256", "not true or false");
    }

    @Test
    void unreadableYamlNamesItsFile() throws IOException {
        Path file = write("BROKEN", "columns: [sku\n");

        assertThatThrownBy(() -> SupplierFeedDefinitions.load(jobs))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ": not readable YAML");
    }

    private void assertProblem(String yaml, String key, String problem) throws IOException {
        Path file = write("BAD", yaml + "\n");
        assertThatThrownBy(() -> SupplierFeedDefinitions.load(jobs))
                .as(yaml)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ": key '" + key + "': ")
                .hasMessageContaining(problem);
        Files.delete(file);
    }

    private Path write(String supplier, String yaml) throws IOException {
        Path folder = Files.createDirectories(jobs.resolve("suppliers"));
        return Files.writeString(folder.resolve(supplier + ".yml"), yaml);
    }
}
