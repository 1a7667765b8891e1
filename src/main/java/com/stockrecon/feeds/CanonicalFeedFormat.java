package com.stockrecon.feeds;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import com.stockrecon.inputs.csv.Cells;
import com.stockrecon.findings.InputFileException;
import com.stockrecon.inputs.csv.InputSource;
import com.stockrecon.findings.RowRejected;
import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.feeds.layout.FeedFormat;
import com.stockrecon.feeds.layout.FeedRow;
import com.stockrecon.feeds.layout.FeedRows;
import com.stockrecon.feeds.layout.FeedUnreadable;

/** The contract's feed layout: {@code *.csv} with sku, quantity and as_of columns. */
public final class CanonicalFeedFormat implements FeedFormat {

    public static final CanonicalFeedFormat INSTANCE = new CanonicalFeedFormat();

    @Override
    public FeedArrival arrival(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") && !name.startsWith(".") ? FeedArrival.READY : FeedArrival.NOT_A_FEED;
    }

    @Override
    public FeedRows open(Path file, String source, ZoneId zone) {
        InputSource input;
        try {
            input = InputSource.open(file, source, List.of("sku", "quantity", "as_of"), List.of());
        } catch (InputFileException e) {
            throw new FeedUnreadable(e.getMessage());
        }
        int sku = input.column("sku");
        int quantity = input.column("quantity");
        int asOf = input.column("as_of");
        int width = input.width();
        // A feed repeats one or a few timestamps on every row: parse each once.
        java.util.Map<String, java.time.Instant> asOfs = new java.util.HashMap<>();
        return new FeedRows() {
            @Override
            public CsvRecord next() {
                return input.next();
            }

            @Override
            public FeedRow parse(CsvRecord record) {
                if (record.size() != width) {
                    throw new RowRejected("expected " + width + " cells, found " + record.size());
                }
                String code = Cells.required(record.cell(sku), "sku");
                long qty = Cells.nonNegative(record.cell(quantity), "quantity");
                String text = record.cell(asOf);
                java.time.Instant parsed = asOfs.get(text);
                if (parsed == null) {
                    parsed = Cells.asOf(text, "as_of", zone);
                    if (asOfs.size() < 10_000) {
                        asOfs.put(text, parsed);
                    }
                }
                return new FeedRow(code, qty, parsed);
            }

            @Override
            public void close() {
                input.close();
            }
        };
    }

    @Override
    public String describe() {
        return "canonical";
    }
}
