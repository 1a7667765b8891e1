package com.stockrecon.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;

/**
 * Ends the process with the command's exit code, also when SIGTERM (or Ctrl-C) arrived while the
 * command ran: the signal asks the run to stop, the command finishes cleanly and returns its code,
 * and only then does the JVM shut down. The signal is handled before any shutdown hook runs on
 * purpose: H2's own hook closes the database at once (it cannot be turned off with AUTO_SERVER),
 * and the stopping run could then not record that it stopped. A second signal ends the process
 * at once; a command that has not finished after the grace period is ended too.
 */
public final class ProcessExit {

    private static final long GRACE_SECONDS = 120;
    private static final AtomicBoolean TERMINATING = new AtomicBoolean();
    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile Runnable onTerminate = () -> { };

    private ProcessExit() {
    }

    static {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), ProcessExit::terminate);
            } catch (IllegalArgumentException unavailable) {
                // the JVM keeps its own handling of this signal: shutdown hooks, no clean stop
            }
        }
    }

    private static void terminate(Signal signal) {
        if (!TERMINATING.compareAndSet(false, true)) {
            Runtime.getRuntime().halt(128 + signal.getNumber());
        }
        onTerminate.run();
        Thread grace = new Thread(() -> {
            try {
                if (!FINISHED.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    System.exit(ExitCodes.STOPPED);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stockrecon-grace");
        grace.setDaemon(true);
        grace.start();
    }

    /** What to do when the process is asked to terminate while a command runs. */
    public static void onTerminate(Runnable action) {
        onTerminate = action;
        if (TERMINATING.get()) {
            action.run();
        }
    }

    public static void exit(int code) {
        FINISHED.countDown();
        System.exit(code);
    }
}
