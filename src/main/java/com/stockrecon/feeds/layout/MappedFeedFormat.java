package com.stockrecon.feeds.layout;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.stockrecon.feeds.layout.SupplierFeedDefinition.AsOfFrom;
import com.stockrecon.feeds.layout.SupplierFeedDefinition.Field;
import com.stockrecon.feeds.layout.SupplierFeedDefinition.SkuMatch;
import com.stockrecon.inputs.csv.Cells;
import com.stockrecon.findings.RowRejected;
import com.stockrecon.inputs.csv.CsvReader;
import com.stockrecon.inputs.csv.CsvRecord;

/**
 * A supplier's own feed layout, read as its definition describes it and handed on as canonical feed
 * rows; records keep the file's own line numbers and raw text, so rejects point into the original
 * file.
 */
public final class MappedFeedFormat implements FeedFormat {

    private final SupplierFeedDefinition definition;
    private final ArrivalRules arrival;
    private final QuantityText quantities;
    private final AsOfText asOfText;
    private final Pattern asOfInName;

    public MappedFeedFormat(SupplierFeedDefinition definition) {
        this.definition = definition;
        this.arrival = new ArrivalRules(FileSystems.getDefault().getPathMatcher("glob:" + definition.files()),
                definition.requireDoneMarker(), definition.requireSha256());
        this.quantities = new QuantityText(definition.decimalSeparator(), definition.thousandsSeparators());
        this.asOfText = new AsOfText(definition.asOfPattern(), definition.asOfZone());
        this.asOfInName = definition.asOfFileName() == null ? null : Pattern.compile(definition.asOfFileName());
    }

    @Override
    public FeedArrival arrival(Path file) {
        return arrival.of(file);
    }

    @Override
    public FeedRows open(Path file, String source, ZoneId zone) {
        Instant fileAsOf = fileAsOf(file, source, zone);
        CsvReader reader;
        try {
            reader = reader(file);
        } catch (IOException e) {
            throw new FeedUnreadable(source + ": cannot be read: " + e.getMessage());
        }
        try {
            FeedColumns columns;
            if (definition.header()) {
                CsvRecord header = reader.next();
                if (header == null) {
                    throw new FeedUnreadable(source + ": the file is empty; a header row is required");
                }
                columns = FeedColumns.fromHeader(header, definition, source);
            } else {
                columns = FeedColumns.fromPositions(definition);
            }
            return new MappedRows(reader, columns, fileAsOf, zone, source);
        } catch (IOException e) {
            close(reader);
            throw new FeedUnreadable(source + ": cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            close(reader);
            throw e;
        }
    }

    @Override
    public CsvReader openRecords(Path file) throws IOException {
        CsvReader reader = reader(file);
        if (definition.header()) {
            reader.next();
        }
        return reader;
    }

    @Override
    public boolean matchesOnSupplierSku() {
        return definition.matchSkuOn() == SkuMatch.SUPPLIER_SKU;
    }

    @Override
    public String describe() {
        return definition.describe();
    }

    /** The file decoded in its encoding (undecodable bytes replaced), split as defined, its leading lines skipped. */
    private CsvReader reader(Path file) throws IOException {
        CsvReader reader = new CsvReader(new InputStreamReader(Files.newInputStream(file),
                definition.encoding().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                definition.delimiter(), definition.quote());
        try {
            reader.skipLines(definition.skipLines());
        } catch (IOException e) {
            close(reader);
            throw e;
        }
        return reader;
    }

    /** The as_of every row of the file has when it comes from the file rather than a column, else null. */
    private Instant fileAsOf(Path file, String source, ZoneId zone) {
        if (definition.asOfFrom() == AsOfFrom.MODIFIED_TIME) {
            try {
                return Files.getLastModifiedTime(file).toInstant();
            } catch (IOException e) {
                throw new FeedUnreadable(source + ": cannot read its modification time: " + e.getMessage());
            }
        }
        if (definition.asOfFrom() == AsOfFrom.FILE_NAME) {
            String name = file.getFileName().toString();
            Matcher matcher = asOfInName.matcher(name);
            if (!matcher.find() || matcher.group(1) == null) {
                throw new FeedUnreadable(source + ": the file name does not match as-of.file-name '"
                        + definition.asOfFileName() + "'");
            }
            try {
                return asOfText.parse(matcher.group(1), "as_of in the file name", zone);
            } catch (RowRejected rejected) {
                throw new FeedUnreadable(source + ": " + rejected.getMessage());
            }
        }
        return null;
    }

    private static void close(CsvReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // a read-only file: nothing is lost when its close fails
        }
    }

    /** The records of one open feed file. */
    private final class MappedRows implements FeedRows {

        private final CsvReader reader;
        private final FeedColumns columns;
        private final Instant fileAsOf;
        private final ZoneId zone;
        private final String source;

        MappedRows(CsvReader reader, FeedColumns columns, Instant fileAsOf, ZoneId zone, String source) {
            this.reader = reader;
            this.columns = columns;
            this.fileAsOf = fileAsOf;
            this.zone = zone;
            this.source = source;
        }

        @Override
        public CsvRecord next() {
            try {
                return reader.next();
            } catch (IOException e) {
                throw new UncheckedIOException(source + ": read failed: " + e.getMessage(), e);
            }
        }

        @Override
        public FeedRow parse(CsvRecord record) {
            columns.checkWidth(record);
            String sku = Cells.required(columns.cell(record, Field.SKU), columns.label(Field.SKU));
            long quantity = quantities.parse(columns.cell(record, Field.QUANTITY), columns.label(Field.QUANTITY));
            Instant asOf = fileAsOf != null ? fileAsOf
                    : asOfText.parse(columns.cell(record, Field.AS_OF), columns.label(Field.AS_OF), zone);
            return new FeedRow(sku, quantity, asOf);
        }

        @Override
        public void close() {
            MappedFeedFormat.close(reader);
        }
    }
}
