package com.stockrecon.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import com.stockrecon.generate.SeededDraws.Purpose;
import com.stockrecon.generate.SkuModel.CatalogTerms;

/**
 * suppliers.csv and catalog.csv. The catalog lists SKUs in a shuffled order, starts with a byte
 * order mark and a header in other case, quotes names that need it, leaves optional cells blank
 * on a share of rows, and carries a few malformed rows (the SKUs {@link SkuModel#inCatalog} leaves
 * out) and repeated SKUs: all of them rejects.
 */
final class CatalogFiles {

    private static final double REPEATED_SKU = 0.0005;

    private final GenerationSettings settings;
    private final SkuModel model;

    CatalogFiles(GenerationSettings settings, SkuModel model) {
        this.settings = settings;
        this.model = model;
    }

    void write(Path dir, List<FileTally> tallies) {
        tallies.add(writeSuppliers(dir.resolve("suppliers.csv")));
        tallies.add(writeCatalog(dir.resolve("catalog.csv")));
    }

    private FileTally writeSuppliers(Path file) {
        FileTally tally = new FileTally("suppliers.csv");
        int width = Codes.supplierWidth(settings.suppliers());
        try (CsvOut out = CsvOut.create(file, CsvOut.LineEnd.LF, false)) {
            out.header("supplier_id", "name", "max_feed_age_hours");
            for (int supplier = 0; supplier < settings.suppliers(); supplier++) {
                out.code(Codes.SUPPLIER, supplier + 1L, width).text("Supplier " + (supplier + 1) + ", Ltd");
                switch (supplier % 5) {
                    case 1 -> out.number(72);
                    case 2 -> out.number(36);
                    default -> out.empty();
                }
                out.end();
                tally.row();
            }
            tally.bytes(out.bytes());
        }
        return tally;
    }

    private FileTally writeCatalog(Path file) {
        FileTally tally = new FileTally("catalog.csv");
        int skus = settings.skus();
        int width = Codes.supplierWidth(settings.suppliers());
        ShuffledOrder order = new ShuffledOrder(skus, model.draws().bits(Purpose.ORDER, -1));
        SplittableRandom noise = new SplittableRandom(model.draws().streamSeed(Purpose.CATALOG_ROWS));
        int lastGood = -1;
        try (CsvOut out = CsvOut.create(file, CsvOut.LineEnd.LF, true)) {
            out.header("SKU", "Name", "supplier_id", "lead_time_days", "moq", "pack_size", "unit_cost",
                    "critical_threshold", "low_threshold", "warning_threshold");
            for (int position = 0; position < skus; position++) {
                int sku = order.at(position);
                if (!model.inCatalog(sku)) {
                    writeMalformed(out, sku, noise.nextInt(5));
                    tally.malformedRow();
                    continue;
                }
                writeRow(out, sku, width, model.terms(sku));
                tally.row();
                if (lastGood >= 0 && noise.nextDouble() < REPEATED_SKU && tally.allowsMalformed(FileTally.MALFORMED_CAP)) {
                    writeRow(out, lastGood, width, model.terms(lastGood));
                    tally.malformedRow();
                }
                lastGood = sku;
            }
            tally.bytes(out.bytes());
        }
        return tally;
    }

    private void writeRow(CsvOut out, int sku, int width, CatalogTerms terms) {
        out.code(Codes.SKU, sku + 1L, Codes.SKU_WIDTH).text(name(sku))
                .code(Codes.SUPPLIER, model.supplierOf(sku) + 1L, width)
                .optional(terms.leadTimeDays()).optional(terms.moq()).optional(terms.packSize());
        if (terms.unitCostCents() == null) {
            out.empty();
        } else {
            out.hundredths(terms.unitCostCents());
        }
        long[] thresholds = terms.thresholds();
        if (thresholds == null) {
            out.empty().empty().empty();
        } else {
            out.number(thresholds[0]).number(thresholds[1]).number(thresholds[2]);
        }
        out.end();
    }

    /** A catalog row the job must reject: a bad pack size, MOQ or lead time, no supplier, a cell short. */
    private void writeMalformed(CsvOut out, int sku, int variant) {
        String code = Codes.sku(sku);
        String supplier = Codes.supplier(model.supplierOf(sku), settings.suppliers());
        String row = switch (variant) {
            case 0 -> code + ",Item " + (sku + 1) + "," + supplier + ",7,10,0,1.00,,,";
            case 1 -> code + ",Item " + (sku + 1) + "," + supplier + ",7,-3,1,1.00,,,";
            case 2 -> code + ",Item " + (sku + 1) + "," + supplier + ",2.5,10,1,1.00,,,";
            case 3 -> code + ",Item " + (sku + 1) + ",,7,10,1,1.00,,,";
            default -> code + ",Item " + (sku + 1) + "," + supplier + ",7,10,1,1.00,,";
        };
        out.raw(row).end();
    }

    private String name(int sku) {
        int kind = model.draws().below(Purpose.NAME, sku, 200);
        if (kind == 0) {
            return "Crème brûlée mould n°" + (sku + 1);
        }
        if (kind < 5) {
            return "Widget, size " + (sku % 9 + 1) + " \"XL\"";
        }
        return "Item " + (sku + 1);
    }
}
