package com.stockrecon.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a generation wrote: every file with its tally. Saved beside the inputs as
 * {@value SyntheticInputs#MANIFEST}, without timings, so that the same seed gives the same bytes.
 */
public record GeneratedInputs(GenerationSettings settings, List<FileTally> files) {

    public GeneratedInputs {
        files = List.copyOf(files);
    }

    public long rows() {
        return files.stream().mapToLong(FileTally::rows).sum();
    }

    public long bytes() {
        return files.stream().mapToLong(FileTally::bytes).sum();
    }

    public Optional<FileTally> file(String source) {
        return files.stream().filter(file -> file.source().equals(source)).findFirst();
    }

    public List<FileTally> feeds() {
        return files.stream().filter(file -> file.source().startsWith("feeds/")).toList();
    }

    void writeManifest(Path file) {
        StringBuilder text = new StringBuilder();
        text.append("# Synthetic StockRecon inputs written by 'stockrecon generate'. Per file: rows written, rows\n")
                .append("# malformed on purpose (rejected by the job), rows naming a SKU outside the catalog and feed\n")
                .append("# rows naming another supplier's SKU (both ignored by the job), bytes.\n");
        line(text, "skus", settings.skus());
        line(text, "suppliers", settings.suppliers());
        line(text, "date", settings.date());
        line(text, "seed", settings.seed());
        line(text, "sales_per_sku", BigDecimal.valueOf(settings.salesPerSku()).stripTrailingZeros().toPlainString());
        line(text, "rows", rows());
        line(text, "bytes", bytes());
        for (FileTally tally : files) {
            line(text, tally.source() + ".rows", tally.rows());
            line(text, tally.source() + ".malformed", tally.malformed());
            line(text, tally.source() + ".unknown_sku", tally.unknownSku());
            line(text, tally.source() + ".foreign_sku", tally.foreignSku());
            line(text, tally.source() + ".bytes", tally.bytes());
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void line(StringBuilder text, String key, Object value) {
        text.append(key).append('=').append(value).append('\n');
    }
}
