package com.stockrecon.api.push;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer for one item, in the order of the items. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(String sku, boolean success, String error) {

    static ItemResult accepted(String sku) {
        return new ItemResult(sku, true, null);
    }

    static ItemResult refused(String sku, ItemError error) {
        return new ItemResult(sku, false, error.code());
    }
}
