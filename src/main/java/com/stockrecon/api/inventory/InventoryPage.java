package com.stockrecon.api.inventory;

import java.time.LocalDate;
import java.util.List;

/** The inventory answer; {@code next} is the sku to pass as {@code after} for the next page, or null. */
public record InventoryPage(LocalDate businessDate, List<InventoryItem> items, String next) {
}
