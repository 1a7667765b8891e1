package com.stockrecon.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

import com.stockrecon.generate.SeededDraws.Purpose;

/**
 * sales.csv: day by day from D-35 to D-1 (the first week falls before the 28-day window), the
 * SKUs of each day in a shuffled order. A SKU sells on a share of days, some several times a day;
 * about 2% of rows are returns (negative). A few rows name SKUs outside the catalog (ignored by the
 * job) and a few are malformed (rejected).
 */
final class SalesFile {

    private static final double UNKNOWN_ROW = 0.001;
    private static final double MALFORMED_ROW = 0.0005;
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final GenerationSettings settings;
    private final SkuModel model;

    SalesFile(GenerationSettings settings, SkuModel model) {
        this.settings = settings;
        this.model = model;
    }

    void write(Path dir, List<FileTally> tallies) {
        FileTally tally = new FileTally("sales.csv");
        SplittableRandom noise = new SplittableRandom(model.draws().streamSeed(Purpose.SALES_ROWS));
        int skus = settings.skus();
        try (CsvOut out = CsvOut.create(dir.resolve("sales.csv"), CsvOut.LineEnd.LF, false)) {
            out.header("date", "sku", "quantity");
            for (int day = SkuModel.SALES_DAYS; day >= 1; day--) {
                LocalDate date = settings.date().minusDays(day);
                byte[] dateCell = date.toString().getBytes(StandardCharsets.US_ASCII);
                ShuffledOrder order = new ShuffledOrder(skus, model.draws().bits(Purpose.ORDER, day));
                for (int position = 0; position < skus; position++) {
                    int sku = order.at(position);
                    double rate = model.salesRowsPerDay(sku);
                    int rows = (int) rate;
                    if (noise.nextDouble() < rate - rows) {
                        rows++;
                    }
                    if (rows == 0) {
                        continue;
                    }
                    int meanQty = model.meanQty(sku);
                    boolean known = model.inCatalog(sku);
                    for (int row = 0; row < rows; row++) {
                        long qty = noise.nextDouble() < SkuModel.RETURN_SHARE ? -1 - noise.nextInt(meanQty)
                                : 1 + noise.nextInt(2 * meanQty - 1);
                        out.plain(dateCell).code(Codes.SKU, sku + 1L, Codes.SKU_WIDTH).number(qty).end();
                        if (known) {
                            tally.row();
                        } else {
                            tally.unknownSkuRow();
                        }
                        sprinkle(out, tally, noise, dateCell, date, sku);
                    }
                }
            }
            tally.bytes(out.bytes());
        }
        tallies.add(tally);
    }

    private void sprinkle(CsvOut out, FileTally tally, SplittableRandom noise, byte[] dateCell, LocalDate date,
            int sku) {
        if (noise.nextDouble() < UNKNOWN_ROW) {
            out.plain(dateCell).code(Codes.UNKNOWN_SKU, noise.nextInt(1 << 26), 8).number(1 + noise.nextInt(5)).end();
            tally.unknownSkuRow();
        }
        if (noise.nextDouble() < MALFORMED_ROW && tally.allowsMalformed(FileTally.MALFORMED_CAP)) {
            String code = Codes.sku(sku);
            out.raw(switch (noise.nextInt(5)) {
                case 0 -> DAY_FIRST.format(date) + "," + code + ",2";
                case 1 -> date + "," + code + ",1.5";
                case 2 -> date + "," + code + ",two";
                case 3 -> date + ",,1";
                default -> date + "," + code;
            }).end();
            tally.malformedRow();
        }
    }
}
