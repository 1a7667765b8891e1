package com.stockrecon.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

import com.stockrecon.runs.RunProgress;
import com.stockrecon.runs.StepMonitor;

/**
 * On an interactive terminal, one progress line refreshed every second (step, rows, rate, elapsed);
 * otherwise (cron) one plain line per step with its rows and duration.
 */
final class ProgressDisplay implements AutoCloseable {

    private static final Logger progressLog = LoggerFactory.getLogger("stockrecon.progress");

    private final ScheduledExecutorService ticker;
    private final PrintStream out;
    private volatile boolean closed;

    private ProgressDisplay(RunProgress progress, boolean interactive, PrintStream out) {
        this.out = out;
        progress.onStepEnd(report -> {
            if (!closed) {
                clearLine();
                progressLog.info("step {}: {} rows in {} s ({})", report.step(), report.rows(),
                        String.format("%.1f", report.millis() / 1000.0), report.outcome());
            }
        });
        if (interactive) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "stockrecon-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(() -> show(progress.running()), 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    static ProgressDisplay start(ApplicationContext context) {
        return new ProgressDisplay(context.getBean(RunProgress.class), System.console() != null, System.out);
    }

    private void show(List<StepMonitor> running) {
        if (closed || running.isEmpty()) {
            return;
        }
        StepMonitor step = running.get(0);
        double seconds = Math.max(step.elapsedMillis(), 1) / 1000.0;
        out.printf("\r%-18s %,14d rows %,12.0f rows/s %8.1f s   ", step.step(), step.rows(), step.rows() / seconds,
                seconds);
        out.flush();
    }

    private void clearLine() {
        if (ticker != null) {
            out.print("\r" + " ".repeat(78) + "\r");
            out.flush();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (ticker != null) {
                ticker.shutdownNow();
                clearLine();
            }
        }
    }
}
