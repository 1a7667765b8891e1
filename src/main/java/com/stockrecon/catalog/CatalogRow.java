package com.stockrecon.catalog;

import java.math.BigDecimal;

/**
 * One catalog SKU as the catalog step stages it, whichever file it came from; a blank optional value
 * is null and takes the policy default when stock is reconciled.
 *
 * @param name        the product name, "" when blank
 * @param supplierSku the supplier's own code for the SKU, which a feed may name instead of ours, or null
 */
public record CatalogRow(String sku, String supplierId, String name, Long leadTimeDays, Long moq, Long packSize,
        BigDecimal unitCost, Long criticalThreshold, Long lowThreshold, Long warningThreshold, String supplierSku) {
}
