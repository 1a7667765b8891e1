package com.stockrecon.runs;

import org.springframework.stereotype.Component;

/** Set when the process is asked to stop (SIGTERM); steps check it between rows and stop cleanly. */
@Component
public class RunInterruption {

    private volatile boolean requested;

    public void request() {
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }

    public void clear() {
        requested = false;
    }
}
