package com.stockrecon.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.stockrecon.runs.RunContext;

/**
 * The companions of one publication, writing on threads of their own until {@link #await()}.
 * Closing without awaiting (the CSVs failed or the run is stopping) cancels them and waits until
 * they have stopped writing into the folder. A flag, not a thread interrupt: an interrupt closes
 * the file channels of an embedded database.
 */
final class ReportCompanions implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReportCompanions.class);

    private final List<CompletableFuture<Void>> writing = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ReportCompanions(List<ReportCompanion> companions, RunContext run, Path folder) {
        for (ReportCompanion companion : companions) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    long start = System.nanoTime();
                    companion.write(run, folder, cancelled::get);
                    log.info("{} written in {} ms", companion.getClass().getSimpleName(),
                            (System.nanoTime() - start) / 1_000_000);
                    done.complete(null);
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            }, "publish-" + companion.getClass().getSimpleName());
            thread.setDaemon(true);
            thread.start();
            writing.add(done);
        }
    }

    /** Waits for every companion; the first failure is thrown once all have stopped writing into the folder. */
    void await() {
        RuntimeException failure = null;
        for (CompletableFuture<Void> done : writing) {
            try {
                done.join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause().getMessage(), e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        cancelled.set(true);
        for (CompletableFuture<Void> done : writing) {
            try {
                done.get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // failed or cancelled: what matters here is that it no longer writes
            }
        }
    }
}
