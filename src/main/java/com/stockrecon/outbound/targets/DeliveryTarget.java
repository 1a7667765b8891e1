package com.stockrecon.outbound.targets;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.stockrecon.webhooks.RetryPolicy;
import com.stockrecon.webhooks.WebhookSecret;

/**
 * Somewhere a completed run's decisions are sent: a distributor (availability in batches) or a
 * supplier's order endpoint (its purchase order in one message).
 *
 * @param name      what {@code deliver --target} and the deliveries table call it: the distributor's id, or
 *                  {@code orders.<supplier_id>}
 * @param subject   the distributor's id or the supplier's id
 * @param secretEnv the environment variable that holds the signing secret (the secret itself is never stored)
 * @param filter    which SKUs a distributor gets (every SKU for a supplier's order: its own lines)
 * @param batchSize items per message (distributors)
 */
public record DeliveryTarget(String name, Kind kind, String subject, URI url, String secretEnv, SkuFilter filter,
        int batchSize, RetryPolicy policy, Path file) {

    public static final String ORDERS_PREFIX = "orders.";

    public enum Kind {
        DISTRIBUTOR, SUPPLIER_ORDER
    }

    /** The signing secret, read from the environment now; a clear error when the variable is not set. */
    public WebhookSecret secret(Map<String, String> environment) {
        return WebhookSecret.fromEnvironment(secretEnv, environment);
    }

    /** Which SKUs a distributor gets: those of the listed suppliers (all when none), and of the listed SKU patterns. */
    public record SkuFilter(List<String> suppliers, List<String> skus) {

        public static final SkuFilter ALL = new SkuFilter(List.of(), List.of());

        public SkuFilter {
            suppliers = List.copyOf(suppliers);
            skus = List.copyOf(skus);
        }

        public boolean accepts(String supplierId, String sku) {
            return (suppliers.isEmpty() || suppliers.contains(supplierId))
                    && (skus.isEmpty() || skus.stream().anyMatch(pattern -> matches(pattern, sku)));
        }

        /** An exact SKU, or a prefix followed by {@code *}. */
        private static boolean matches(String pattern, String sku) {
            return pattern.endsWith("*") ? sku.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(sku);
        }
    }
}
