package com.stockrecon.feeds.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.stockrecon.feeds.layout.SupplierFeedDefinition.Field;
import com.stockrecon.findings.RowRejected;
import com.stockrecon.inputs.csv.CsvRecord;

/**
 * Where a feed file's sku, quantity and as_of are, and what the file calls them (the names rejects
 * use): found in its header by name or alias, or given by position in a file without a header.
 */
final class FeedColumns {

    private final int[] index = new int[Field.values().length];
    private final String[] label = new String[Field.values().length];
    /** Cells every record must have (the header's), or -1 for a file without a header. */
    private final int width;
    /** Without a header: the cells a record needs to reach its last mapped column. */
    private final int minimum;

    private FeedColumns(int width, int minimum) {
        this.width = width;
        this.minimum = minimum;
        java.util.Arrays.fill(index, -1);
    }

    /** Maps a header; a field none of whose names is there makes the file unreadable as this layout. */
    static FeedColumns fromHeader(CsvRecord header, SupplierFeedDefinition definition, String source) {
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> repeated = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.cell(i).toLowerCase(Locale.ROOT);
            if (byName.putIfAbsent(name, i) != null) {
                repeated.put(name, i);
            }
        }
        FeedColumns columns = new FeedColumns(header.size(), 0);
        definition.names().forEach((field, aliases) -> {
            for (String alias : aliases) {
                String name = alias.toLowerCase(Locale.ROOT);
                Integer at = byName.get(name);
                if (at != null) {
                    if (repeated.containsKey(name)) {
                        throw new FeedUnreadable(source + ": column '" + alias + "' appears twice in the header");
                    }
                    columns.index[field.ordinal()] = at;
                    columns.label[field.ordinal()] = header.cell(at);
                    return;
                }
            }
            throw new FeedUnreadable(source + ": required column " + field.canonicalName + " is missing (looked for "
                    + quoted(aliases) + "; header: " + RowRejected.shortened(header.raw()) + ")");
        });
        return columns;
    }

    static FeedColumns fromPositions(SupplierFeedDefinition definition) {
        int last = definition.positions().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        FeedColumns columns = new FeedColumns(-1, last);
        definition.positions().forEach((field, position) -> {
            columns.index[field.ordinal()] = position - 1;
            columns.label[field.ordinal()] = "column " + position + " (" + field.canonicalName + ")";
        });
        return columns;
    }

    /** Rejects a record whose number of cells the layout cannot read. */
    void checkWidth(CsvRecord record) {
        if (width >= 0 && record.size() != width) {
            throw new RowRejected("expected " + width + " cells, found " + record.size());
        }
        if (width < 0 && record.size() < minimum) {
            throw new RowRejected("expected at least " + minimum + " cells, found " + record.size());
        }
    }

    String cell(CsvRecord record, Field field) {
        return record.cell(index[field.ordinal()]);
    }

    String label(Field field) {
        return label[field.ordinal()];
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
