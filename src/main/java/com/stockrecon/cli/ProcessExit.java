package com.stockrecon.cli;

import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;

/**
 * Ends the process with the command's exit code, also when SIGTERM (or Ctrl-C) arrives while the
 * command runs: the signal asks the running command to stop at a safe point, the command finishes
 * and the process ends with the command's code (4 for a stopped run).
 *
 * <p>The signal is handled directly rather than from a shutdown hook: once the JVM shuts down, other
 * hooks run at the same time, and H2's closes the database under the run that is being stopped, so
 * the stop could not even be recorded. A second signal, or a command that does not finish within
 * the grace period, ends the process at once; the run is then restarted like a killed one.
 */
public final class ProcessExit {

    private static final long GRACE_MILLIS = 120_000;
    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();
    private static Runnable onTerminate;

    private ProcessExit() {
    }

    static {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> terminate());
            } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
                // the signal cannot be caught here: the JVM's default handling applies
            }
        }
    }

    private static void terminate() {
        if (!SHUTTING_DOWN.compareAndSet(false, true)) {
            Runtime.getRuntime().halt(ExitCodes.STOPPED);
        }
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(ExitCodes.STOPPED);
        }, "stockrecon-stop-grace");
        watchdog.setDaemon(true);
        watchdog.start();
        Runnable action;
        synchronized (ProcessExit.class) {
            action = onTerminate;
        }
        if (action != null) {
            action.run();
        }
    }

    /**
     * What to do when the process is asked to terminate while a command runs; run at once when the
     * request came before the command got this far (e.g. while Spring was starting).
     */
    public static void onTerminate(Runnable action) {
        synchronized (ProcessExit.class) {
            onTerminate = action;
        }
        if (SHUTTING_DOWN.get()) {
            action.run();
        }
    }

    public static boolean terminating() {
        return SHUTTING_DOWN.get();
    }

    public static void exit(int code) {
        System.exit(code);
    }
}
