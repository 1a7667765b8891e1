package com.stockrecon.feeds;

import org.springframework.stereotype.Component;

/** The feed format of each supplier: the canonical layout unless a definition says otherwise. */
@Component
public class FeedFormats {

    public FeedFormat forSupplier(String supplierId) {
        return CanonicalFeedFormat.INSTANCE;
    }
}
