package com.stockrecon.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A day's inputs big enough to catch a run mid-way (a few hundred thousand sales rows), written the
 * same for the same arguments. Besides plain rows they hold what makes every report non-empty: bad
 * rows, SKUs outside the catalog, returns, count mismatches, a current feed beside an older one, a
 * stale feed and a supplier without one.
 */
public final class LargeInputs {

    private static final String[] SUPPLIERS = {"S1", "S2", "S3"};

    /** Size of the shared inputs: a run takes seconds, enough to stop or kill it in a middle step. */
    public static final int SHARED_SKUS = 20_000;
    public static final int SHARED_SALES_ROWS = 400_000;

    private static final Map<LocalDate, Path> SHARED = new ConcurrentHashMap<>();

    private LargeInputs() {
    }

    /**
     * The inputs of {@code date} at the shared size, written once per test JVM under
     * {@code target/large-inputs/} (deleted when it ends); tests must not change them.
     */
    public static Path shared(LocalDate date) {
        return SHARED.computeIfAbsent(date, day -> {
            try {
                Path root = Files.createDirectories(StockReconProcess.HOME.resolve("target").resolve("large-inputs"));
                Path folder = UninterruptedRuns.deletedOnExit(Files.createTempDirectory(root, day + "-"));
                return write(folder, day, SHARED_SKUS, SHARED_SALES_ROWS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Writes the inputs of {@code date} into {@code folder} (created) and returns it. */
    public static Path write(Path folder, LocalDate date, int skus, int salesRows) {
        Random random = new Random(20261124L + skus * 31L + salesRows);
        try {
            Files.createDirectories(folder);
            try (BufferedWriter out = writer(folder.resolve("suppliers.csv"))) {
                out.write("supplier_id,name,max_feed_age_hours\n");
                out.write("S1,Supplier One,48\nS2,Supplier Two,\nS3,Supplier Three,24\n");
            }
            try (BufferedWriter out = writer(folder.resolve("catalog.csv"))) {
                out.write("sku,name,supplier_id,lead_time_days,moq,pack_size,unit_cost,critical_threshold\n");
                for (int i = 0; i < skus; i++) {
                    boolean defaults = i % 7 == 0;
                    out.write(sku(i) + ",\"Item " + i + ", size " + (i % 5) + "\"," + SUPPLIERS[i % 3] + ","
                            + (defaults ? ",,,," : (i % 15) + "," + (i % 4) * 12 + "," + (1 + i % 6) + ","
                                    + (i % 9) + "." + (i % 100) + ",")
                            + "\n");
                }
                out.write("K0000001,Duplicate,S1,1,1,1,1.00,\n");
            }
            try (BufferedWriter out = writer(folder.resolve("on_hand.csv"))) {
                out.write("sku,location,quantity\n");
                for (int i = 0; i < skus * 2; i++) {
                    out.write(sku(i % skus) + ",WH" + (i / skus) + "," + random.nextInt(90) + "\n");
                }
                out.write("ZZ-UNKNOWN,WH0,4\nK0000002,WH0,-3\n");
            }
            try (BufferedWriter out = writer(folder.resolve("reservations.csv"))) {
                out.write("order_id,sku,quantity\n");
                for (int i = 0; i < skus; i++) {
                    out.write("O" + i + "," + sku(random.nextInt(skus)) + "," + random.nextInt(40) + "\n");
                }
            }
            try (BufferedWriter out = writer(folder.resolve("in_transit.csv"))) {
                out.write("po_number,sku,quantity,eta\n");
                for (int i = 0; i < skus / 2; i++) {
                    out.write("P" + i + "," + sku(random.nextInt(skus)) + "," + random.nextInt(60) + ","
                            + (i % 3 == 0 ? "" : date.plusDays(1 + i % 20).toString()) + "\n");
                }
            }
            try (BufferedWriter out = writer(folder.resolve("sales.csv"))) {
                out.write("date,sku,quantity\n");
                for (int i = 0; i < salesRows; i++) {
                    LocalDate day = date.minusDays(random.nextInt(32));
                    String code = i % 997 == 0 ? "NOT-IN-CATALOG" : sku(random.nextInt(skus));
                    int quantity = random.nextInt(20) == 0 ? -random.nextInt(3) : random.nextInt(4);
                    out.write(day + "," + code + "," + (i % 50_000 == 7 ? "x" : Integer.toString(quantity)) + "\n");
                }
            }
            try (BufferedWriter out = writer(folder.resolve("counts.csv"))) {
                out.write("sku,location,counted_qty\n");
                for (int i = 0; i < skus; i += 11) {
                    out.write(sku(i) + ",WH0," + random.nextInt(90) + "\n");
                }
            }
            writeFeed(folder.resolve("feeds/S1/stock-old.csv"), skus, 0, date.minusDays(1) + "T06:00:00Z", random);
            writeFeed(folder.resolve("feeds/S1/stock-new.csv"), skus, 0, date + "T05:30:00+01:00", random);
            writeFeed(folder.resolve("feeds/S2/stock.csv"), skus, 1, date.minusDays(4).toString(), random);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFeed(Path file, int skus, int supplier, String asOf, Random random) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = writer(file)) {
            out.write("sku,quantity,as_of\n");
            for (int i = supplier; i < skus; i += 3) {
                if (i % 13 != 0) {
                    out.write(sku(i) + "," + random.nextInt(200) + "," + asOf + "\n");
                }
            }
            out.write(sku(supplier + 3) + ",5," + asOf + "\n");
            out.write(sku(supplier + 1) + ",5," + asOf + "\n");
        }
    }

    private static String sku(int i) {
        return String.format("K%07d", i);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
