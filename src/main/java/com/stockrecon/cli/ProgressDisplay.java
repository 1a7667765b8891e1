package com.stockrecon.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.PartitionStep;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.context.ApplicationContext;

import com.stockrecon.runs.RunProgress;
import com.stockrecon.runs.StepMonitor;

/**
 * On an interactive terminal, one progress line refreshed every second ({@link ProgressLine}: step k of
 * N, percent of its input and time left, rows, rate, elapsed); otherwise (cron, a service) no refreshed line. Either way one plain line per step when it ends,
 * with its rows, rate and duration, on the console and in the log.
 */
final class ProgressDisplay implements AutoCloseable {

    private static final Logger progressLog = LoggerFactory.getLogger("stockrecon.progress");
    private static final int LINE_WIDTH = ProgressLine.WIDTH;
    /** The outcome StagedStep reports for a step whose staged work was intact. */
    private static final String REUSED = "reused";

    private final ScheduledExecutorService ticker;
    private final PrintStream out;
    private final List<String> steps;
    private final int partitionedStep;
    private volatile boolean closed;

    /**
     * @param partitionedStep the place of the job's partitioned step, from 1 (0: none): a step that is not
     *     one of the job's own is one of its partitions
     */
    private ProgressDisplay(RunProgress progress, List<String> steps, int partitionedStep, boolean interactive,
            PrintStream out) {
        this.out = out;
        this.steps = steps;
        this.partitionedStep = partitionedStep;
        progress.onStepEnd(report -> {
            if (closed) {
                return;
            }
            clearLine();
            if (REUSED.equals(report.outcome())) {
                progressLog.info("step {}: reused the intact work of an earlier attempt ({})", report.step(),
                        seconds(report.millis()));
            } else {
                progressLog.info("step {}: {} rows in {} ({} rows/s, {})", report.step(),
                        String.format(Locale.ROOT, "%,d", report.rows()), seconds(report.millis()),
                        String.format(Locale.ROOT, "%,.0f", rate(report.rows(), report.millis())), report.outcome());
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
        List<String> steps = List.of();
        int partitioned = 0;
        if (context.getBean(Job.class) instanceof ListableStepLocator job) {
            steps = List.copyOf(job.getStepNames());
            for (int i = 0; i < steps.size() && partitioned == 0; i++) {
                if (job.getStep(steps.get(i)) instanceof PartitionStep) {
                    partitioned = i + 1;
                }
            }
        }
        return new ProgressDisplay(context.getBean(RunProgress.class), steps, partitioned, isTerminal(), System.out);
    }

    /**
     * Whether standard output is an interactive terminal. From Java 22 System.console() is not null
     * for redirected output any more; Console.isTerminal() then tells.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }

    private void show(List<StepMonitor> running) {
        if (closed || running.isEmpty()) {
            return;
        }
        StepMonitor step = running.get(0);
        int index = steps.indexOf(step.step()) + 1;
        String line = ProgressLine.of(index > 0 ? index : partitionedStep, steps.size(), step.step(), step.rows(),
                step.elapsedMillis(), step.bytesDone(), step.bytesTotal());
        out.print("\r" + line + " ".repeat(Math.max(0, LINE_WIDTH - line.length())));
        out.flush();
    }

    private static double rate(long rows, long millis) {
        return rows * 1000.0 / Math.max(millis, 1);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private void clearLine() {
        if (ticker != null) {
            out.print("\r" + " ".repeat(LINE_WIDTH) + "\r");
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
