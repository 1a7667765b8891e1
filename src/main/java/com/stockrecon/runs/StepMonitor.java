package com.stockrecon.runs;

import java.util.concurrent.atomic.AtomicLong;

/** Rows done by the running step: read by the progress display, and the point where a stop is honoured. */
public final class StepMonitor {

    private static final int CHECK_EVERY = 4096;

    private final String step;
    private final RunInterruption interruption;
    private final AtomicLong rows = new AtomicLong();
    private final long startedNanos = System.nanoTime();

    public StepMonitor(String step, RunInterruption interruption) {
        this.step = step;
        this.interruption = interruption;
    }

    public void rowDone() {
        if ((rows.incrementAndGet() & (CHECK_EVERY - 1)) == 0) {
            checkStop();
        }
    }

    public void checkStop() {
        if (interruption.isRequested()) {
            throw new StopRequested(step);
        }
    }

    public String step() {
        return step;
    }

    public long rows() {
        return rows.get();
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
