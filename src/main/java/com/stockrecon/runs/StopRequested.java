package com.stockrecon.runs;

/** Thrown inside a step when a stop was requested; the step ends as STOPPED, restartable. */
public final class StopRequested extends RuntimeException {

    public StopRequested(String step) {
        super("stop requested during step " + step, null, false, false);
    }
}
