package com.stockrecon.cli;

import java.util.Locale;

/**
 * The refreshed progress line of a terminal: which step of how many, percent of its input read and time
 * left (bytes read out of the files' size, at the step's pace so far), rows, rate, elapsed. A step that
 * reads no files shows rows, rate and elapsed only.
 */
final class ProgressLine {

    static final int WIDTH = 79;

    private ProgressLine() {
    }

    /** @param index the step's place in the job, from 1; 0 when unknown */
    static String of(int index, int steps, String step, long rows, long millis, long bytesDone, long bytesTotal) {
        long elapsed = Math.max(millis, 1);
        StringBuilder line = new StringBuilder();
        if (index > 0) {
            line.append('[').append(index).append('/').append(steps).append("] ");
        }
        line.append(String.format(Locale.ROOT, "%-16s", step));
        if (bytesTotal > 0) {
            long done = Math.min(bytesDone, bytesTotal);
            line.append(String.format(Locale.ROOT, " %3d%%", done * 100 / bytesTotal));
        }
        line.append(String.format(Locale.ROOT, " %,10d rows %,9.0f rows/s %s", rows, rows * 1000.0 / elapsed,
                clock(elapsed)));
        if (bytesTotal > 0) {
            long done = Math.min(bytesDone, bytesTotal);
            line.append(done == 0 ? ", ? left"
                    : ", " + clock((long) (elapsed * (double) (bytesTotal - done) / done)) + " left");
        }
        return line.length() > WIDTH ? line.substring(0, WIDTH) : line.toString();
    }

    /** 4.2 s under a minute, then 3:07 (minutes:seconds), then 1:02:07. */
    static String clock(long millis) {
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds < 3600 ? String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
