package com.stockrecon.feeds;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.stockrecon.feeds.layout.MappedFeedFormat;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;
import com.stockrecon.runs.RunContext;
import com.stockrecon.feeds.layout.FeedFormat;

/**
 * The feed format of each supplier: the canonical layout unless the run's supplier feed definitions
 * ({@code jobs/suppliers/<supplier_id>.yml}) describe another. Definitions are read from the folder
 * the run's parameters name, each time a step asks, so a restart sees the definitions as they are
 * then (and the fingerprint notices a change).
 */
@Component
public class FeedFormats {

    public SupplierFormats forRun(RunContext run) {
        SupplierFeedDefinitions definitions = SupplierFeedDefinitions.loadFolder(run.layout().feedDefinitions());
        return new SupplierFormats(supplier -> definitions.of(supplier)
                .<FeedFormat>map(MappedFeedFormat::new)
                .orElse(CanonicalFeedFormat.INSTANCE));
    }

    /** The formats of one run's suppliers, each made once. */
    public static final class SupplierFormats {

        private final Function<String, FeedFormat> formatOf;
        private final Map<String, FeedFormat> formats = new ConcurrentHashMap<>();

        SupplierFormats(Function<String, FeedFormat> formatOf) {
            this.formatOf = formatOf;
        }

        public FeedFormat forSupplier(String supplierId) {
            return formats.computeIfAbsent(supplierId, formatOf);
        }
    }
}
