package com.stockrecon.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.stockrecon.generate.FileTally;
import com.stockrecon.generate.GeneratedInputs;
import com.stockrecon.generate.GenerationSettings;
import com.stockrecon.generate.SyntheticInputs;

/** {@code stockrecon generate}: a synthetic input set of a given size, for benchmarks and tests. Plain file writing, no Spring. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic set of canonical input files (catalog, stock, sales, counts, supplier feeds)"
                + " for business date D, with a sprinkle of malformed rows and unknown SKUs.",
                "The same options give the same files. DIR must not exist or be empty; it appears when complete,"
                        + " with " + SyntheticInputs.MANIFEST + " (settings and row counts per file)."})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--skus", required = true, paramLabel = "N", description = "Catalog SKUs.")
    int skus;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to create.")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Business date D (default: today in UTC).")
    LocalDate date;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--sales-per-sku", paramLabel = "K", defaultValue = "20",
            description = "Average sales rows per SKU, dated D-35 .. D-1 (default: ${DEFAULT-VALUE}).")
    double salesPerSku;

    @Option(names = "--suppliers", paramLabel = "M", description = "Suppliers (default: max(5, N / 5000)).")
    Integer suppliers;

    @Override
    public Integer call() {
        GenerationSettings settings;
        try {
            settings = new GenerationSettings(skus, date != null ? date : LocalDate.now(ZoneOffset.UTC), seed,
                    salesPerSku, suppliers != null ? suppliers : GenerationSettings.defaultSuppliers(skus));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path target = out.toAbsolutePath().normalize();
        long started = System.nanoTime();
        GeneratedInputs generated;
        try {
            generated = new SyntheticInputs(settings).writeTo(target);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(generated, target, seconds, System.out);
        return ExitCodes.OK;
    }

    private static void print(GeneratedInputs generated, Path target, double seconds, PrintStream out) {
        GenerationSettings settings = generated.settings();
        out.printf("Generated %,d SKUs for %s (seed %d, %d suppliers) into %s%n", settings.skus(), settings.date(),
                settings.seed(), settings.suppliers(), target);
        String format = "%-24s %12s %10s %10s %10s %10s%n";
        out.printf(format, "file", "rows", "malformed", "unknown", "foreign", "MB");
        for (FileTally file : generated.files()) {
            if (!file.source().startsWith("feeds/")) {
                printRow(out, format, file.source(), file.rows(), file.malformed(), file.unknownSku(),
                        file.foreignSku(), file.bytes());
            }
        }
        var feeds = generated.feeds();
        printRow(out, format, "feeds/ (" + feeds.size() + " files)", feeds.stream().mapToLong(FileTally::rows).sum(),
                feeds.stream().mapToLong(FileTally::malformed).sum(), feeds.stream().mapToLong(FileTally::unknownSku).sum(),
                feeds.stream().mapToLong(FileTally::foreignSku).sum(), feeds.stream().mapToLong(FileTally::bytes).sum());
        out.printf("%,d rows, %.1f MB in %.1f s (%,.0f rows/s)%n", generated.rows(), generated.bytes() / 1e6, seconds,
                generated.rows() / Math.max(seconds, 1e-9));
    }

    private static void printRow(PrintStream out, String format, String name, long rows, long malformed, long unknown,
            long foreign, long bytes) {
        out.printf(format, name, String.format("%,d", rows), String.format("%,d", malformed),
                String.format("%,d", unknown), String.format("%,d", foreign), String.format("%.1f", bytes / 1e6));
    }
}
