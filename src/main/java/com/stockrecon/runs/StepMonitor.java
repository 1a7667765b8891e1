package com.stockrecon.runs;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows (and input bytes) done by the running step: read by the progress display, and the point where a
 * stop is honoured.
 */
public final class StepMonitor {

    private static final int CHECK_EVERY = 4096;

    private final String step;
    private final RunInterruption interruption;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong();
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

    /** The step will read this many more bytes of input (file sizes), for a display of percent and time left. */
    public void expectBytes(long count) {
        bytesTotal.addAndGet(count);
    }

    public void bytesRead(long count) {
        bytesDone.addAndGet(count);
    }

    /** Input bytes read so far, out of {@link #bytesTotal()}; both 0 for a step that reads no files. */
    public long bytesDone() {
        return bytesDone.get();
    }

    public long bytesTotal() {
        return bytesTotal.get();
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
