package com.stockrecon.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.stockrecon.runs.RunContext;

/** The companions of one publication, writing on threads of their own until {@link #await()}. */
final class ReportCompanions {

    private final List<CompletableFuture<Void>> writing = new ArrayList<>();

    ReportCompanions(List<ReportCompanion> companions, RunContext run, Path folder) {
        for (ReportCompanion companion : companions) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    companion.write(run, folder);
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
}
