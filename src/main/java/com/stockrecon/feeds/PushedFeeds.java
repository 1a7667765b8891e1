package com.stockrecon.feeds;

import java.nio.file.Path;

import com.stockrecon.feeds.layout.FeedFormat;

/**
 * Feed files that the supplier API writes ({@code api-*.csv}): always in the canonical layout with our
 * SKUs, whatever layout the supplier's own files have.
 */
public final class PushedFeeds {

    public static final String PREFIX = "api-";

    private PushedFeeds() {
    }

    public static boolean isPushed(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".csv");
    }

    static FeedFormat formatOf(Path file, FeedFormat supplierFormat) {
        return isPushed(file) ? CanonicalFeedFormat.INSTANCE : supplierFormat;
    }

    static SkuMatcher skusOf(Path file, SkuMatcher supplierSkus, SkuMatcher catalogSkus) {
        return isPushed(file) ? catalogSkus : supplierSkus;
    }
}
