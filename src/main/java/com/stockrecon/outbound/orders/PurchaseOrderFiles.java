package com.stockrecon.outbound.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import com.stockrecon.reports.FormulaGuard;
import com.stockrecon.reports.ReportContribution;
import com.stockrecon.results.RunResults;
import com.stockrecon.results.SkuResult;

/**
 * {@code purchase_orders/<supplier_id>.csv} in the report folder: each supplier's lines of the run's
 * purchase suggestions in sku order, then a {@code TOTAL} line with the summed order_qty and line_cost.
 * Text cells get the same formula guard as the other reports. The SKUs are read once, in sku order; a
 * file is kept open while its supplier's lines come, and reopened to append when too many are open.
 */
@Component
public class PurchaseOrderFiles implements ReportContribution {

    public static final String FOLDER = "purchase_orders";
    public static final String[] COLUMNS = {"sku", "name", "order_qty", "pack_size", "unit_cost", "line_cost"};
    public static final String TOTAL = "TOTAL";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final int MAX_OPEN = 64;

    private final RunResults results;

    public PurchaseOrderFiles(RunResults results) {
        this.results = results;
    }

    @Override
    public void write(long runId, Path reportFolder) {
        Path folder = reportFolder.resolve(FOLDER);
        Map<String, SupplierOrder> orders = new TreeMap<>();
        OpenFiles open = new OpenFiles();
        try {
            Files.createDirectories(folder);
            results.forEach(runId, result -> {
                if (result.order() == null) {
                    return;
                }
                SupplierOrder order = orders.computeIfAbsent(result.supplierId(),
                        supplier -> new SupplierOrder(folder.resolve(PurchaseOrderFileName.of(supplier))));
                SkuResult.OrderLine line = result.order();
                order.add(line);
                print(open.printer(order), FormulaGuard.text(result.sku()), FormulaGuard.text(result.name()),
                        line.orderQty(), line.packSize(), line.unitCost(), line.lineCost());
            });
            for (SupplierOrder order : orders.values()) {
                print(open.printer(order), TOTAL, "", order.totalQty, "", "", order.totalCost.toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the purchase orders in " + folder + ": " + e.getMessage(), e);
        } finally {
            open.closeAll();
        }
        for (SupplierOrder order : orders.values()) {
            force(order.file);
        }
    }

    private static void print(CSVPrinter printer, Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a purchase order: " + e.getMessage(), e);
        }
    }

    /** The publication forces the folder's top-level files; these sit one level down. */
    private static void force(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " to disk: " + e.getMessage(), e);
        }
    }

    private static final class SupplierOrder {

        final Path file;
        boolean started;
        long totalQty;
        BigDecimal totalCost = new BigDecimal("0.00");

        SupplierOrder(Path file) {
            this.file = file;
        }

        void add(SkuResult.OrderLine line) {
            totalQty += line.orderQty();
            totalCost = totalCost.add(new BigDecimal(line.lineCost()));
        }
    }

    /** The files being written, the least recently used closed when too many are open. */
    private static final class OpenFiles {

        private final LinkedHashMap<SupplierOrder, CSVPrinter> printers = new LinkedHashMap<>(16, 0.75f, true);

        CSVPrinter printer(SupplierOrder order) {
            CSVPrinter printer = printers.get(order);
            if (printer != null) {
                return printer;
            }
            if (printers.size() >= MAX_OPEN) {
                SupplierOrder eldest = printers.keySet().iterator().next();
                close(printers.remove(eldest));
            }
            try {
                Writer out = Files.newBufferedWriter(order.file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        order.started ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                printer = new CSVPrinter(out, FORMAT);
                if (!order.started) {
                    printer.printRecord((Object[]) COLUMNS);
                    order.started = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + order.file + ": " + e.getMessage(), e);
            }
            printers.put(order, printer);
            return printer;
        }

        void closeAll() {
            printers.values().forEach(OpenFiles::close);
            printers.clear();
        }

        private static void close(CSVPrinter printer) {
            try {
                printer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot finish a purchase order: " + e.getMessage(), e);
            }
        }
    }
}
