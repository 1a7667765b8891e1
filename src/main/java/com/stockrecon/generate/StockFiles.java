package com.stockrecon.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import com.stockrecon.generate.SeededDraws.Purpose;
import com.stockrecon.generate.SkuModel.Stock;

/**
 * on_hand.csv, reservations.csv, in_transit.csv and counts.csv, written side by side in one pass
 * over the SKUs: each SKU's stock is drawn once and split into its rows. About 1% of SKUs are
 * counted at their main warehouse, a fifth of those with a count that differs from on hand. Each
 * file carries a few rows for SKUs outside the catalog and a few malformed rows.
 */
final class StockFiles {

    private static final double UNKNOWN_ROW = 0.001;
    private static final double MALFORMED_ROW = 0.001;
    private static final double COUNTED = 0.01;
    private static final double COUNT_OFF = 0.2;
    private static final byte[] ORDER_PREFIX = "SO-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PO_PREFIX = "PO-".getBytes(StandardCharsets.US_ASCII);

    private final GenerationSettings settings;
    private final SkuModel model;
    private final byte[][] locations;

    StockFiles(GenerationSettings settings, SkuModel model) {
        this.settings = settings;
        this.model = model;
        this.locations = new byte[SkuModel.LOCATIONS.length][];
        for (int i = 0; i < locations.length; i++) {
            locations[i] = SkuModel.LOCATIONS[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    void write(Path dir, List<FileTally> tallies) {
        try (CsvOut onHandOut = CsvOut.create(dir.resolve("on_hand.csv"), CsvOut.LineEnd.LF, false);
                CsvOut reservationsOut = CsvOut.create(dir.resolve("reservations.csv"), CsvOut.LineEnd.LF, false);
                CsvOut inTransitOut = CsvOut.create(dir.resolve("in_transit.csv"), CsvOut.LineEnd.CRLF, false);
                CsvOut countsOut = CsvOut.create(dir.resolve("counts.csv"), CsvOut.LineEnd.LF, false)) {
            Sink onHand = new Sink(onHandOut, new FileTally("on_hand.csv"));
            Sink reservations = new Sink(reservationsOut, new FileTally("reservations.csv"));
            Sink inTransit = new Sink(inTransitOut, new FileTally("in_transit.csv"));
            Sink counts = new Sink(countsOut, new FileTally("counts.csv"));
            onHand.out.header("location", "sku", "quantity");
            reservations.out.header("order_id", "sku", "quantity");
            inTransit.out.header("po_number", "sku", "quantity", "eta");
            counts.out.header("sku", "location", "counted_qty");
            SplittableRandom noise = new SplittableRandom(model.draws().streamSeed(Purpose.STOCK_ROWS));
            ShuffledOrder order = new ShuffledOrder(settings.skus(), model.draws().bits(Purpose.ORDER, -2));
            long orderNumber = 0;
            long poNumber = 0;
            for (int position = 0; position < settings.skus(); position++) {
                int sku = order.at(position);
                boolean known = model.inCatalog(sku);
                Stock stock = model.stock(sku);
                onHandRow(onHand, stock.primaryLocation(), sku, stock.primaryQty(), known);
                if (stock.secondLocation() >= 0) {
                    onHandRow(onHand, stock.secondLocation(), sku, stock.secondQty(), known);
                }
                for (int r = 0; r < stock.reservationRows(); r++) {
                    reservations.out.code(ORDER_PREFIX, ++orderNumber, 8)
                            .code(Codes.SKU, sku + 1L, Codes.SKU_WIDTH).number(stock.reservedEach()).end();
                    reservations.tally(known);
                }
                if (stock.inTransit() > 0) {
                    inTransit.out.code(PO_PREFIX, ++poNumber, 7).code(Codes.SKU, sku + 1L, Codes.SKU_WIDTH)
                            .number(stock.inTransit());
                    int eta = model.draws().below(Purpose.ETA, sku, 24);
                    if (eta < 3) {
                        inTransit.out.empty();
                    } else {
                        inTransit.out.plain(settings.date().plusDays(eta - 2).toString());
                    }
                    inTransit.out.end();
                    inTransit.tally(known);
                }
                if (model.draws().unit(Purpose.COUNTED, sku) < COUNTED) {
                    long counted = stock.primaryQty();
                    if (model.draws().unit(Purpose.COUNT_OFF, sku) < COUNT_OFF) {
                        long off = 1 + model.draws().below(Purpose.COUNT_OFF, ~sku, 5);
                        counted = counted >= off && (off & 1) == 0 ? counted - off : counted + off;
                    }
                    counts.out.code(Codes.SKU, sku + 1L, Codes.SKU_WIDTH).plain(locations[stock.primaryLocation()])
                            .number(counted).end();
                    counts.tally(known);
                }
                sprinkle(noise, onHand, reservations, inTransit, counts, sku);
            }
            for (Sink sink : List.of(onHand, reservations, inTransit, counts)) {
                sink.tally.bytes(sink.out.bytes());
                tallies.add(sink.tally);
            }
        }
    }

    private void onHandRow(Sink onHand, int location, int sku, long qty, boolean known) {
        onHand.out.plain(locations[location]).code(Codes.SKU, sku + 1L, Codes.SKU_WIDTH).number(qty).end();
        onHand.tally(known);
    }

    /** Now and then a row for a SKU outside the catalog, or a malformed one, in each file. */
    private void sprinkle(SplittableRandom noise, Sink onHand, Sink reservations, Sink inTransit, Sink counts,
            int sku) {
        if (noise.nextDouble() < UNKNOWN_ROW) {
            onHand.out.plain(locations[noise.nextInt(locations.length)]).code(Codes.UNKNOWN_SKU, noise.nextInt(1 << 26), 8)
                    .number(noise.nextInt(100)).end();
            onHand.tally.unknownSkuRow();
        }
        if (noise.nextDouble() < UNKNOWN_ROW * 0.3) {
            reservations.out.plain("SO-X" + noise.nextInt(100_000)).code(Codes.UNKNOWN_SKU, noise.nextInt(1 << 26), 8)
                    .number(1 + noise.nextInt(10)).end();
            reservations.tally.unknownSkuRow();
        }
        if (noise.nextDouble() < UNKNOWN_ROW * 0.2) {
            inTransit.out.plain("PO-X" + noise.nextInt(100_000)).code(Codes.UNKNOWN_SKU, noise.nextInt(1 << 26), 8)
                    .number(1 + noise.nextInt(100)).empty().end();
            inTransit.tally.unknownSkuRow();
        }
        if (noise.nextDouble() < UNKNOWN_ROW * 0.01) {
            counts.out.code(Codes.UNKNOWN_SKU, noise.nextInt(1 << 26), 8).plain(locations[0]).number(noise.nextInt(20))
                    .end();
            counts.tally.unknownSkuRow();
        }
        String code = Codes.sku(sku);
        if (noise.nextDouble() < MALFORMED_ROW && onHand.tally.allowsMalformed(FileTally.MALFORMED_CAP)) {
            onHand.out.raw(switch (noise.nextInt(5)) {
                case 0 -> "WH1," + code + ",3.5";
                case 1 -> "WH2," + code + ",-2";
                case 2 -> "WH3," + code + ",ten";
                case 3 -> "WH1,,4";
                default -> "WH1,\"" + code + "\"x,4";
            }).end();
            onHand.tally.malformedRow();
        }
        if (noise.nextDouble() < MALFORMED_ROW * 0.3 && reservations.tally.allowsMalformed(FileTally.MALFORMED_CAP)) {
            reservations.out.raw(noise.nextBoolean() ? "SO-BAD," + code + ",1e3" : "SO-BAD," + code).end();
            reservations.tally.malformedRow();
        }
        if (noise.nextDouble() < MALFORMED_ROW * 0.2 && inTransit.tally.allowsMalformed(FileTally.MALFORMED_CAP)) {
            inTransit.out.raw(noise.nextBoolean() ? "PO-BAD," + code + ",,2026-12-01" : "PO-BAD," + code + ",1,000,")
                    .end();
            inTransit.tally.malformedRow();
        }
        if (noise.nextDouble() < MALFORMED_ROW * 0.01 && counts.tally.allowsMalformed(FileTally.MALFORMED_CAP)) {
            counts.out.raw(code + ",,5").end();
            counts.tally.malformedRow();
        }
    }

    /** A file being written and its tally. */
    private record Sink(CsvOut out, FileTally tally) {

        void tally(boolean knownSku) {
            if (knownSku) {
                tally.row();
            } else {
                tally.unknownSkuRow();
            }
        }
    }
}
