package com.stockrecon.feeds;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.stockrecon.feeds.layout.MappedFeedFormat;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;
import com.stockrecon.runs.RunContext;

/**
 * The feed format of each supplier: the canonical layout unless the run's supplier feed definitions
 * ({@code jobs/suppliers/<supplier_id>.yml}) describe another. Definitions are read from the folder
 * the run's parameters name, each time a step asks, so a restart sees the definitions as they are
 * then (and the fingerprint notices a change).
 */
@Component
public class FeedFormats {

    public SupplierFormats forRun(RunContext run) {
        return new SupplierFormats(SupplierFeedDefinitions.loadFolder(run.layout().feedDefinitions()));
    }

    /** The formats of one run's suppliers. */
    public static final class SupplierFormats {

        private final SupplierFeedDefinitions definitions;
        private final Map<String, FeedFormat> formats = new ConcurrentHashMap<>();

        SupplierFormats(SupplierFeedDefinitions definitions) {
            this.definitions = definitions;
        }

        public FeedFormat forSupplier(String supplierId) {
            return formats.computeIfAbsent(supplierId, id -> definitions.of(id)
                    .<FeedFormat>map(MappedFeedFormat::new)
                    .orElse(CanonicalFeedFormat.INSTANCE));
        }
    }
}
