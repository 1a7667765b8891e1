package com.stockrecon.fetch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.stockrecon.feeds.layout.SupplierFeedDefinition;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;
import com.stockrecon.inputs.InputFiles;
import com.stockrecon.runs.RunContext;

/**
 * Fetches the suppliers whose definitions have a {@code fetch:} section, a few at a time, into the
 * feeds folders of an input folder. Each outcome is one log line; none is ever thrown.
 */
@Component
@EnableConfigurationProperties(FetchSettings.class)
public class SupplierFetches {

    private static final Logger log = LoggerFactory.getLogger(SupplierFetches.class);

    private final FetchRecords records;
    private final FetchSettings settings;
    private final HttpFeedFetcher fetcher;

    @Autowired
    public SupplierFetches(FetchRecords records, FetchSettings settings) {
        this(records, settings, System::getenv);
    }

    SupplierFetches(FetchRecords records, FetchSettings settings, Function<String, String> environment) {
        this.records = records;
        this.settings = settings;
        this.fetcher = new HttpFeedFetcher(environment, settings.backoff(), Clock.systemUTC());
    }

    /**
     * Fetches for a run every supplier it has not fetched yet (a supplier fetched, or found unchanged,
     * by an earlier attempt of the same run is left alone).
     */
    public RunFetches forRun(RunContext run) {
        SupplierFeedDefinitions definitions = SupplierFeedDefinitions.loadFolder(run.layout().feedDefinitions());
        Set<String> done = records.ofRun(run.runId()).stream().filter(result -> result.outcome().isDone())
                .map(FetchResult::supplier).collect(Collectors.toSet());
        List<SupplierFeedDefinition> all = fetching(definitions, definitions.suppliers());
        List<SupplierFeedDefinition> toFetch = all.stream()
                .filter(definition -> !done.contains(definition.supplier())).toList();
        if (toFetch.size() < all.size()) {
            log.info("fetch: {} supplier(s) already fetched by an earlier attempt of run {}", done.size(),
                    run.runLabel());
        }
        fetchAll(toFetch, run.inputDir(), result -> records.saveRun(run.runId(), result));
        return new RunFetches(toFetch.size(), records.ofRun(run.runId()));
    }

    /** How many suppliers an attempt fetched, and what every fetch of the run came to. */
    public record RunFetches(int requested, List<FetchResult> results) {
    }

    /** Fetches the named suppliers now, whatever any run did; the caller checks they have a fetch section. */
    public List<FetchResult> now(SupplierFeedDefinitions definitions, Collection<String> suppliers, Path inputDir) {
        return fetchAll(fetching(definitions, suppliers), inputDir, result -> {
        });
    }

    /** The definitions among {@code suppliers} that have a fetch section, in supplier order. */
    public static List<SupplierFeedDefinition> fetching(SupplierFeedDefinitions definitions,
            Collection<String> suppliers) {
        return suppliers.stream().sorted().map(definitions::of).flatMap(java.util.Optional::stream)
                .filter(definition -> definition.fetch() != null).toList();
    }

    private List<FetchResult> fetchAll(List<SupplierFeedDefinition> toFetch, Path inputDir,
            Consumer<FetchResult> record) {
        if (toFetch.isEmpty()) {
            return List.of();
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallel(), toFetch.size()), task -> {
            Thread thread = new Thread(task, "fetch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FetchResult>> pending = new ArrayList<>();
            for (SupplierFeedDefinition definition : toFetch) {
                pending.add(pool.submit(() -> {
                    FetchResult result = fetchOne(definition, inputDir);
                    record.accept(result);
                    return result;
                }));
            }
            List<FetchResult> results = new ArrayList<>();
            for (Future<FetchResult> future : pending) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching supplier feeds", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot record a fetch: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FetchResult fetchOne(SupplierFeedDefinition definition, Path inputDir) {
        String supplier = definition.supplier();
        Path folder = inputDir.resolve(InputFiles.FEEDS).resolve(supplier).toAbsolutePath().normalize();
        FetchResult result;
        try {
            HttpFeedFetcher.Fetched fetched = fetcher.fetch(supplier, definition.fetch(), definition.encoding(),
                    definition.requireDoneMarker(), folder, records.validators(supplier).orElse(null));
            if (fetched.validators() != null) {
                records.saveValidators(supplier, fetched.validators());
            }
            result = fetched.result();
        } catch (RuntimeException e) {
            result = FetchResult.failed(supplier, "unexpected failure: " + e, 0);
        }
        if (result.outcome() == FetchOutcome.FAILED) {
            log.warn("fetch {}: {}", supplier, result.describe());
        } else {
            log.info("fetch {}: {}", supplier, result.describe());
        }
        return result;
    }
}
