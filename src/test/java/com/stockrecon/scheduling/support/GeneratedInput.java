package com.stockrecon.scheduling.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A canonical input folder big enough that a run takes a few seconds and every step passes a
 * stop check (steps check for a stop request every 4096 rows): {@code skus} catalog SKUs over two
 * suppliers, one on-hand row each, a reservation for every third, an in-transit order for every
 * fifth, {@code sales} sales rows spread over the 28 days before D, and SUP1's feed as of D.
 * The same arguments always give the same files.
 */
public final class GeneratedInput {

    private GeneratedInput() {
    }

    public static Path write(Path folder, LocalDate date, int skus, int sales) {
        try {
            Files.createDirectories(folder.resolve("feeds/SUP1"));
            write(folder.resolve("suppliers.csv"), "supplier_id,name,max_feed_age_hours\nSUP1,One,48\nSUP2,Two,48\n");
            try (BufferedWriter catalog = writer(folder.resolve("catalog.csv"));
                    BufferedWriter onHand = writer(folder.resolve("on_hand.csv"));
                    BufferedWriter reservations = writer(folder.resolve("reservations.csv"));
                    BufferedWriter inTransit = writer(folder.resolve("in_transit.csv"));
                    BufferedWriter feed = writer(folder.resolve("feeds/SUP1/stock.csv"))) {
                catalog.write("sku,name,supplier_id,lead_time_days,moq,pack_size,unit_cost\n");
                onHand.write("sku,location,quantity\n");
                reservations.write("order_id,sku,quantity\n");
                inTransit.write("po_number,sku,quantity,eta\n");
                feed.write("sku,quantity,as_of\n");
                for (int i = 0; i < skus; i++) {
                    String sku = sku(i);
                    catalog.write(sku + ",Item " + i + ",SUP" + (1 + i % 2) + "," + i % 10 + "," + i % 50 + ","
                            + (1 + i % 6) + "," + i % 100 + ".25\n");
                    onHand.write(sku + ",WH" + i % 3 + "," + i % 97 + "\n");
                    if (i % 3 == 0) {
                        reservations.write("O" + i + "," + sku + "," + i % 13 + "\n");
                    }
                    if (i % 5 == 0) {
                        inTransit.write("P" + i + "," + sku + "," + i % 40 + "," + date.plusDays(7) + "\n");
                    }
                    if (i % 2 == 0) {
                        feed.write(sku + "," + i % 30 + "," + date + "T06:00:00Z\n");
                    }
                }
            }
            SplittableRandom random = new SplittableRandom(skus * 31L + sales);
            try (BufferedWriter rows = writer(folder.resolve("sales.csv"))) {
                rows.write("date,sku,quantity\n");
                for (int j = 0; j < sales; j++) {
                    rows.write(date.minusDays(1 + j % 28) + "," + sku(random.nextInt(skus)) + "," + (1 + j % 5)
                            + "\n");
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sku(int i) {
        return String.format("S%06d", i);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
