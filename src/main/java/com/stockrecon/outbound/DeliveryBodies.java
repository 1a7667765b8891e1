package com.stockrecon.outbound;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import com.stockrecon.results.SkuResult;

/** The JSON bodies StockRecon sends: a distributor's availability batch and a supplier's order. */
public final class DeliveryBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeliveryBodies() {
    }

    /** {@code {"distributor", "business_date", "run_id", "items": [{"sku", "available", "tier"}]}}. */
    public static String availability(String distributor, LocalDate businessDate, long runId, List<SkuResult> items) {
        StringWriter text = new StringWriter(64 + items.size() * 48);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringProperty("distributor", distributor);
            json.writeStringProperty("business_date", businessDate.toString());
            json.writeNumberProperty("run_id", runId);
            json.writeArrayPropertyStart("items");
            for (SkuResult item : items) {
                json.writeStartObject();
                json.writeStringProperty("sku", item.sku());
                json.writeNumberProperty("available", item.available());
                json.writeStringProperty("tier", item.tier());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }

    /**
     * {@code {"supplier_id", "business_date", "run_id", "lines": [{"sku", "name", "order_qty", "pack_size",
     * "unit_cost", "line_cost"}], "total_qty", "total_cost"}}, costs as decimal numbers with two places.
     */
    public static String purchaseOrder(String supplierId, LocalDate businessDate, long runId, List<SkuResult> lines) {
        StringWriter text = new StringWriter(128 + lines.size() * 96);
        long totalQty = 0;
        BigDecimal totalCost = new BigDecimal("0.00");
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringProperty("supplier_id", supplierId);
            json.writeStringProperty("business_date", businessDate.toString());
            json.writeNumberProperty("run_id", runId);
            json.writeArrayPropertyStart("lines");
            for (SkuResult line : lines) {
                SkuResult.OrderLine order = line.order();
                json.writeStartObject();
                json.writeStringProperty("sku", line.sku());
                json.writeStringProperty("name", line.name());
                json.writeNumberProperty("order_qty", order.orderQty());
                json.writeNumberProperty("pack_size", order.packSize());
                json.writeName("unit_cost");
                json.writeNumber(new BigDecimal(order.unitCost()));
                json.writeName("line_cost");
                json.writeNumber(new BigDecimal(order.lineCost()));
                json.writeEndObject();
                totalQty += order.orderQty();
                totalCost = totalCost.add(new BigDecimal(order.lineCost()));
            }
            json.writeEndArray();
            json.writeNumberProperty("total_qty", totalQty);
            json.writeName("total_cost");
            json.writeNumber(totalCost);
            json.writeEndObject();
        }
        return text.toString();
    }
}
