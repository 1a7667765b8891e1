package com.stockrecon.api.push;

/**
 * One item of a push as sent.
 *
 * @param sku      null when missing or JSON null
 * @param quantity the number's JSON text, null when missing or JSON null
 */
public record PushItem(String sku, String quantity) {
}
