package com.stockrecon.inputs.woocommerce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.stockrecon.config.CatalogSource;
import com.stockrecon.findings.InputFileException;
import com.stockrecon.inputs.csv.InputSource;

/**
 * A WooCommerce product export (Products &gt; Export) in a run's input folder, read as it is: UTF-8
 * with or without BOM, header names in any case. The catalog step reads its products, the on-hand
 * step reads their {@code Stock}; each reading is its own source in the row accounting.
 */
public final class WooCommerceExport {

    static final String SKU = "sku";
    static final String NAME = "name";
    static final String TYPE = "type";
    static final String STOCK = "stock";
    static final String LOW_STOCK_AMOUNT = "low stock amount";
    static final String SUPPLIER_ID = "meta: _supplier_id";
    static final String SUPPLIER_SKU = "meta: _supplier_sku";
    static final String LEAD_TIME = "meta: _supplier_lead_time";
    static final String MOQ = "meta: _supplier_moq";
    static final String PACK_SIZE = "meta: _supplier_pack_size";
    static final String UNIT_COST = "meta: _supplier_unit_cost";

    private static final List<String> CATALOG_COLUMNS = List.of(NAME, TYPE, LOW_STOCK_AMOUNT, SUPPLIER_ID, SUPPLIER_SKU,
            LEAD_TIME, MOQ, PACK_SIZE, UNIT_COST);

    private final Path file;
    private final CatalogSource settings;

    private WooCommerceExport(Path file, CatalogSource settings) {
        this.file = file;
        this.settings = settings;
    }

    /** The files of the input folder that the export's name (or pattern) matches, in name order. */
    public static List<Path> candidates(Path inputDir, CatalogSource settings) {
        PathMatcher names = FileSystems.getDefault().getPathMatcher("glob:" + settings.file());
        if (!Files.isDirectory(inputDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inputDir)) {
            return files.filter(Files::isRegularFile).filter(path -> names.matches(path.getFileName())).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inputDir + ": " + e.getMessage(), e);
        }
    }

    /** The one export of the input folder; none, or several, fail the run naming the pattern. */
    public static WooCommerceExport locate(Path inputDir, CatalogSource settings) {
        List<Path> matches = candidates(inputDir, settings);
        if (matches.isEmpty()) {
            throw new InputFileException(settings.file() + ": required WooCommerce product export is missing"
                    + " (no file in " + inputDir + " matches)");
        }
        if (matches.size() > 1) {
            throw new InputFileException(settings.file() + ": " + matches.size() + " files match ("
                    + matches.stream().map(path -> path.getFileName().toString()).collect(Collectors.joining(", "))
                    + "); keep one WooCommerce product export in the input folder");
        }
        return new WooCommerceExport(matches.get(0), settings);
    }

    public Path file() {
        return file;
    }

    /** The catalog reading's source name in rejects and the summary. */
    public String catalogSource() {
        return file.getFileName() + " (catalog)";
    }

    /** The on-hand reading's source name in rejects, discrepancies and the summary. */
    public String stockSource() {
        return file.getFileName() + " (on hand)";
    }

    /** Location of the on-hand quantities the export's Stock gives. */
    public String location() {
        return settings.location();
    }

    public InputSource openCatalog() {
        return InputSource.open(file, catalogSource(), List.of(SKU), CATALOG_COLUMNS);
    }

    public InputSource openStock() {
        return InputSource.open(file, stockSource(), List.of(SKU, STOCK), List.of(TYPE));
    }

    /** The product rules over an export opened by {@link #openCatalog()} or {@link #openStock()}. */
    public WooCommerceProducts products(InputSource input) {
        return new WooCommerceProducts(input, settings.defaultSupplier());
    }
}
