package com.stockrecon.inputs.woocommerce;

import java.math.BigDecimal;
import java.util.Locale;

import com.stockrecon.catalog.CatalogRow;
import com.stockrecon.inputs.csv.Cells;
import com.stockrecon.inputs.csv.InputSource;
import com.stockrecon.findings.RowRejected;
import com.stockrecon.inputs.csv.CsvRecord;

/**
 * Which rows of a WooCommerce product export are stock-keeping products, and what they say in the
 * contract's terms. A variable product is only the parent of its variations (which carry the stock),
 * a grouped product only groups others, an external product is sold elsewhere and a virtual one is
 * never shipped: their rows are ignored with that reason, as are rows without a SKU, which nothing
 * could refer to.
 */
public final class WooCommerceProducts {

    public static final String NO_SKU = "no_sku";
    public static final String VARIABLE_PARENT = "variable_parent";
    public static final String GROUPED_PRODUCT = "grouped_product";
    public static final String EXTERNAL_PRODUCT = "external_product";
    public static final String VIRTUAL_PRODUCT = "virtual_product";
    public static final String STOCK_NOT_MANAGED = "stock_not_managed";

    private final int sku;
    private final int name;
    private final int type;
    private final int stock;
    private final int supplierId;
    private final int supplierSku;
    private final int leadTime;
    private final int moq;
    private final int packSize;
    private final int unitCost;
    private final int lowStockAmount;
    private final String defaultSupplier;

    WooCommerceProducts(InputSource input, String defaultSupplier) {
        this.sku = input.column(WooCommerceExport.SKU);
        this.name = input.column(WooCommerceExport.NAME);
        this.type = input.column(WooCommerceExport.TYPE);
        this.stock = input.column(WooCommerceExport.STOCK);
        this.supplierId = input.column(WooCommerceExport.SUPPLIER_ID);
        this.supplierSku = input.column(WooCommerceExport.SUPPLIER_SKU);
        this.leadTime = input.column(WooCommerceExport.LEAD_TIME);
        this.moq = input.column(WooCommerceExport.MOQ);
        this.packSize = input.column(WooCommerceExport.PACK_SIZE);
        this.unitCost = input.column(WooCommerceExport.UNIT_COST);
        this.lowStockAmount = input.column(WooCommerceExport.LOW_STOCK_AMOUNT);
        this.defaultSupplier = defaultSupplier;
    }

    /** Why the row is not a stock-keeping product, or null when it is one. */
    public String notAProduct(CsvRecord row) {
        if (type >= 0) {
            for (String flag : row.cell(type).toLowerCase(Locale.ROOT).split(",")) {
                switch (flag.trim()) {
                    case "variable" -> {
                        return VARIABLE_PARENT;
                    }
                    case "grouped" -> {
                        return GROUPED_PRODUCT;
                    }
                    case "external" -> {
                        return EXTERNAL_PRODUCT;
                    }
                    case "virtual" -> {
                        return VIRTUAL_PRODUCT;
                    }
                    default -> {
                        // simple, variation, downloadable: a product that may hold stock
                    }
                }
            }
        }
        return row.cell(sku).isEmpty() ? NO_SKU : null;
    }

    /** A product row as a catalog row; throws {@link RowRejected} for a bad value. */
    public CatalogRow catalogRow(CsvRecord row) {
        String supplier = optional(row, supplierId);
        if (supplier == null) {
            supplier = defaultSupplier;
        }
        if (supplier == null) {
            throw new RowRejected("Meta: _supplier_id: required cell is empty (and the job definition sets no"
                    + " catalog.default-supplier)");
        }
        String unitCostText = optional(row, unitCost);
        BigDecimal cost = unitCostText == null ? null
                : Cells.optionalDecimal(unitCostText, "Meta: _supplier_unit_cost");
        String productName = name < 0 ? "" : row.cell(name);
        return new CatalogRow(row.cell(sku), supplier, productName, whole(row, leadTime, "Meta: _supplier_lead_time", 0),
                whole(row, moq, "Meta: _supplier_moq", 0), whole(row, packSize, "Meta: _supplier_pack_size", 1), cost,
                null, whole(row, lowStockAmount, "Low stock amount", 0), null, optional(row, supplierSku));
    }

    /** Why a row gives no on-hand quantity (not a product, or stock not managed), or null. */
    public String noStock(CsvRecord row) {
        String notAProduct = notAProduct(row);
        if (notAProduct != null) {
            return notAProduct;
        }
        return row.cell(stock).isEmpty() ? STOCK_NOT_MANAGED : null;
    }

    public String sku(CsvRecord row) {
        return row.cell(sku);
    }

    /** The product's Stock: a whole number, not negative (a backordered product's negative stock is rejected). */
    public long stock(CsvRecord row) {
        return Cells.nonNegative(row.cell(stock), "Stock");
    }

    private static String optional(CsvRecord row, int column) {
        return column < 0 || row.cell(column).isEmpty() ? null : row.cell(column);
    }

    private static Long whole(CsvRecord row, int column, String name, long minimum) {
        return column < 0 ? null : Cells.optionalAtLeast(row.cell(column), name, minimum);
    }
}
