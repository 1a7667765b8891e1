package com.stockrecon.feeds.layout;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.stockrecon.fetch.definition.FetchDefinition;

/**
 * One supplier's feed layout, as {@code jobs/suppliers/<supplier_id>.yml} describes it, validated.
 *
 * @param files               glob of the feed file names in {@code feeds/<supplier_id>/}
 * @param quote               quote character, or {@link com.stockrecon.inputs.csv.CsvReader#NO_QUOTE}
 * @param skipLines           physical lines before the header (before the first row without a header)
 * @param names               header names of each field, aliases in order of preference (with a header)
 * @param positions           1-based column of each field (without a header)
 * @param thousandsSeparators characters accepted as thousands separators; empty for none
 * @param asOfPattern         date-time pattern of as_of, or null for ISO-8601
 * @param asOfZone            zone of an as_of without offset, or null for the run's zone
 * @param asOfFileName        regular expression whose first group is the as_of in a file's name, or null
 * @param fetch               where the feed is pulled from over HTTP ({@code fetch:}), or null when it is not
 */
public record SupplierFeedDefinition(
        String supplier,
        Path file,
        String files,
        Charset encoding,
        char delimiter,
        char quote,
        int skipLines,
        boolean header,
        Map<Field, List<String>> names,
        Map<Field, Integer> positions,
        char decimalSeparator,
        String thousandsSeparators,
        AsOfFrom asOfFrom,
        String asOfPattern,
        ZoneId asOfZone,
        String asOfFileName,
        SkuMatch matchSkuOn,
        boolean requireDoneMarker,
        boolean requireSha256,
        FetchDefinition fetch) {

    /** The canonical fields a feed row has, whatever the supplier calls them. */
    public enum Field {
        SKU("sku", "sku"), QUANTITY("quantity", "quantity"), AS_OF("as-of", "as_of");

        final String key;
        final String canonicalName;

        Field(String key, String canonicalName) {
            this.key = key;
            this.canonicalName = canonicalName;
        }
    }

    /** Where a row's as_of comes from. */
    public enum AsOfFrom {
        COLUMN, FILE_NAME, MODIFIED_TIME
    }

    /** Which catalog column the feed's sku cell is matched on. */
    public enum SkuMatch {
        SKU, SUPPLIER_SKU
    }

    /** Every setting in a stable order: what the feeds step's fingerprint includes. */
    public String describe() {
        Map<String, Object> settings = new TreeMap<>();
        settings.put("files", files);
        settings.put("encoding", encoding.name());
        settings.put("delimiter", (int) delimiter);
        settings.put("quote", (int) quote);
        settings.put("skip-lines", skipLines);
        settings.put("header", header);
        settings.put("columns", header ? new TreeMap<>(names) : new TreeMap<>(positions));
        settings.put("decimal", decimalSeparator);
        settings.put("thousands", thousandsSeparators);
        settings.put("as-of.from", asOfFrom);
        settings.put("as-of.pattern", asOfPattern);
        settings.put("as-of.zone", asOfZone);
        settings.put("as-of.file-name", asOfFileName);
        settings.put("match-sku-on", matchSkuOn);
        settings.put("done", requireDoneMarker);
        settings.put("sha256", requireSha256);
        return "mapped:" + settings;
    }
}
