package com.stockrecon.feeds.layout;

import java.time.Instant;

/** One stock row of a supplier feed, in canonical terms whatever the supplier's layout. */
public record FeedRow(String sku, long quantity, Instant asOf) {
}
