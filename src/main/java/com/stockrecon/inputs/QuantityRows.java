package com.stockrecon.inputs;

import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.inputs.woocommerce.WooCommerceExport;
import com.stockrecon.inputs.woocommerce.WooCommerceProducts;
import com.stockrecon.inputs.csv.InputSource;
import com.stockrecon.inputs.csv.Cells;

/** Where the sku, quantity and location of a quantity file's rows are: canonical columns, or a WooCommerce export. */
interface QuantityRows {

    /** Why a well-formed row gives no quantity, or null when it gives one. */
    String notCounted(CsvRecord row);

    String sku(CsvRecord row);

    long quantity(CsvRecord row);

    String location(CsvRecord row);

    static QuantityRows canonical(InputSource input) {
        int sku = input.column("sku");
        int quantity = input.column("quantity");
        int location = input.column("location");
        return new QuantityRows() {
            @Override
            public String notCounted(CsvRecord row) {
                return null;
            }

            @Override
            public String sku(CsvRecord row) {
                return Cells.required(row.cell(sku), "sku");
            }

            @Override
            public long quantity(CsvRecord row) {
                return Cells.nonNegative(row.cell(quantity), "quantity");
            }

            @Override
            public String location(CsvRecord row) {
                return location < 0 ? "" : row.cell(location);
            }
        };
    }

    /** A product's Stock at the location the job definition names; products without managed stock give none. */
    static QuantityRows wooCommerce(WooCommerceExport export, InputSource input) {
        WooCommerceProducts products = export.products(input);
        String location = export.location();
        return new QuantityRows() {
            @Override
            public String notCounted(CsvRecord row) {
                return products.noStock(row);
            }

            @Override
            public String sku(CsvRecord row) {
                return products.sku(row);
            }

            @Override
            public long quantity(CsvRecord row) {
                return products.stock(row);
            }

            @Override
            public String location(CsvRecord row) {
                return location;
            }
        };
    }
}
