package com.stockrecon.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import com.stockrecon.generate.SeededDraws.Purpose;

/**
 * feeds/&lt;supplier&gt;/stock_&lt;date&gt;.csv per supplier, as its {@link SupplierRole} says. A feed lists
 * about 95% of its supplier's SKUs (the rest are MISSING_FROM_FEED), in SKU order, with a few
 * repeated SKUs (DUPLICATE_SKU; the later row carries the model's quantity), SKUs of another
 * supplier (FOREIGN_SKU), SKUs outside the catalog and malformed rows. Timestamps come in the
 * forms the contract allows: with an offset, in UTC, without an offset, a bare date.
 */
final class FeedFiles {

    private static final double REPEATED_SKU = 0.001;
    private static final double FOREIGN_ROW = 0.0005;
    private static final double UNKNOWN_ROW = 0.0005;
    private static final double MALFORMED_ROW = 0.001;
    private static final double INVALID_FEED_MALFORMED_ROW = 0.08;

    private final GenerationSettings settings;
    private final SkuModel model;

    FeedFiles(GenerationSettings settings, SkuModel model) {
        this.settings = settings;
        this.model = model;
    }

    void write(Path dir, List<FileTally> tallies) {
        SplittableRandom noise = new SplittableRandom(model.draws().streamSeed(Purpose.FEED_ROWS));
        LocalDate date = settings.date();
        for (int supplier = 0; supplier < settings.suppliers(); supplier++) {
            String id = Codes.supplier(supplier, settings.suppliers());
            Path folder = dir.resolve("feeds").resolve(id);
            switch (model.roleOf(supplier)) {
                case NO_FEED -> {
                }
                case STALE -> tallies.add(writeFeed(folder, id, supplier, date.minusDays(4),
                        date.minusDays(4) + "T06:00:00Z", false, noise));
                case INVALID -> tallies.add(writeFeed(folder, id, supplier, date, asOf(supplier, date), false, noise));
                case USABLE_WITH_OLDER_FILE -> {
                    LocalDate yesterday = date.minusDays(1);
                    tallies.add(writeFeed(folder, id, supplier, yesterday, asOf(supplier, yesterday), true, noise));
                    tallies.add(writeFeed(folder, id, supplier, date, asOf(supplier, date), false, noise));
                }
                case USABLE -> tallies.add(writeFeed(folder, id, supplier, date, asOf(supplier, date), false, noise));
            }
        }
    }

    /** The as_of of a supplier's file of {@code day}, in one of four forms; all within the default 48 hours. */
    private static String asOf(int supplier, LocalDate day) {
        return switch (supplier % 4) {
            case 0 -> day + "T06:15:00+01:00";
            case 1 -> day + "T05:00:00Z";
            case 2 -> day.toString();
            default -> day + "T03:30:00";
        };
    }

    private FileTally writeFeed(Path folder, String id, int supplier, LocalDate day, String asOf, boolean older,
            SplittableRandom noise) {
        String name = "stock_" + day + ".csv";
        FileTally tally = new FileTally("feeds/" + id + "/" + name);
        byte[] asOfCell = asOf.getBytes(StandardCharsets.US_ASCII);
        boolean invalid = model.roleOf(supplier) == SupplierRole.INVALID;
        int suppliers = settings.suppliers();
        try (CsvOut out = CsvOut.create(folder.resolve(name), CsvOut.LineEnd.LF, false)) {
            out.header("sku", "quantity", "as_of");
            for (int sku = supplier; sku < settings.skus(); sku += suppliers) {
                if (!model.inFeed(sku)) {
                    continue;
                }
                boolean known = model.inCatalog(sku);
                long qty = model.stock(sku).feedQty();
                if (older) {
                    qty = (long) (qty * (0.7 + 0.6 * model.draws().unit(Purpose.OLDER_FEED_QTY, sku)));
                } else if (noise.nextDouble() < REPEATED_SKU) {
                    skuRow(out, tally, sku, qty + 7, asOfCell, known);
                }
                skuRow(out, tally, sku, qty, asOfCell, known);
                if (older) {
                    continue;
                }
                int next = sku + 1;
                if (noise.nextDouble() < FOREIGN_ROW && next < settings.skus()) {
                    out.code(Codes.SKU, next + 1L, Codes.SKU_WIDTH).number(noise.nextInt(50)).plain(asOfCell).end();
                    if (model.inCatalog(next)) {
                        tally.foreignSkuRow();
                    } else {
                        tally.unknownSkuRow();
                    }
                }
                if (noise.nextDouble() < UNKNOWN_ROW) {
                    out.code(Codes.UNKNOWN_SKU, noise.nextInt(1 << 26), Codes.SKU_WIDTH).number(noise.nextInt(50))
                            .plain(asOfCell).end();
                    tally.unknownSkuRow();
                }
                double malformed = invalid ? INVALID_FEED_MALFORMED_ROW : MALFORMED_ROW;
                if (noise.nextDouble() < malformed && tally.allowsMalformed(invalid ? 0.2 : FileTally.MALFORMED_CAP)) {
                    String code = Codes.sku(sku);
                    out.raw(switch (invalid ? 0 : noise.nextInt(4)) {
                        case 0 -> code + ",n/a," + asOf;
                        case 1 -> code + ",-4," + asOf;
                        case 2 -> code + ",4,yesterday";
                        default -> "," + qty + "," + asOf;
                    }).end();
                    tally.malformedRow();
                }
            }
            tally.bytes(out.bytes());
        }
        return tally;
    }

    private static void skuRow(CsvOut out, FileTally tally, int sku, long qty, byte[] asOf, boolean known) {
        out.code(Codes.SKU, sku + 1L, Codes.SKU_WIDTH).number(qty).plain(asOf).end();
        if (known) {
            tally.row();
        } else {
            tally.unknownSkuRow();
        }
    }
}
