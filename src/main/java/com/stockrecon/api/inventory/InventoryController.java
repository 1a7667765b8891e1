package com.stockrecon.api.inventory;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.stockrecon.api.http.ApiCall;
import com.stockrecon.api.http.ApiGate;
import com.stockrecon.api.http.ApiRefusal;
import com.stockrecon.api.http.ApiSettings;
import com.stockrecon.api.http.Json;
import com.stockrecon.api.http.Refusal;
import com.stockrecon.results.CompletedRun;
import com.stockrecon.results.RunResults;
import com.stockrecon.results.SkuResult;

/**
 * {@code GET /api/v1/inventory}: the latest completed run's SKUs in sku order, one page after another
 * (keyset: {@code after} is the last sku of the previous page). A supplier key sees its own SKUs only.
 */
@RestController
public class InventoryController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;

    private final ApiGate gate;
    private final RunResults results;
    private final ApiSettings settings;

    public InventoryController(ApiGate gate, RunResults results, ApiSettings settings) {
        this.gate = gate;
        this.results = results;
        this.settings = settings;
    }

    @GetMapping("/api/v1/inventory")
    public void inventory(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String supplierParam = text(request, "supplier_id");
        ApiCall call = gate.admitRead(request, supplierParam);
        String supplier = call.key().isReader() ? supplierParam : call.key().supplierId();
        String sku = text(request, "sku");
        String after = text(request, "after");
        boolean alertsOnly = flag(request, "low_stock_only");
        int limit = limit(request);
        CompletedRun run = results.latestCompleted(settings.job()).orElseThrow(() -> new ApiRefusal(
                Refusal.NO_COMPLETED_RUN, "No run of job " + settings.job() + " has completed yet."));
        List<SkuResult> page;
        String next = null;
        if (sku != null) {
            page = results.find(run.runId(), sku)
                    .filter(found -> supplier == null || found.supplierId().equals(supplier))
                    .filter(found -> !alertsOnly || found.tier() != null)
                    .filter(found -> after == null || found.sku().compareTo(after) > 0)
                    .stream().toList();
        } else {
            page = results.page(run.runId(), after, limit + 1, supplier, alertsOnly);
            if (page.size() > limit) {
                page = page.subList(0, limit);
                next = page.get(limit - 1).sku();
            }
        }
        Json.write(response, 200, new InventoryPage(run.businessDate(),
                page.stream().map(InventoryItem::of).toList(), next));
    }

    private static String text(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw new ApiRefusal(Refusal.BAD_REQUEST, "Give " + name + " once.");
        }
        return values[0].isEmpty() ? null : values[0];
    }

    private static boolean flag(HttpServletRequest request, String name) {
        String value = text(request, name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ApiRefusal(Refusal.BAD_REQUEST, name + " must be true or false.");
    }

    private static int limit(HttpServletRequest request) {
        String value = text(request, "limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("[0-9]{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_LIMIT) {
            throw new ApiRefusal(Refusal.BAD_REQUEST, "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return Integer.parseInt(value);
    }
}
