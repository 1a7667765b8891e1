package com.stockrecon.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the process with the command's exit code, also when SIGTERM arrived while the command ran:
 * the shutdown hook asks the run to stop, waits for the command to finish cleanly, and then ends the
 * process with the command's code (System.exit cannot be called while shutdown hooks run).
 */
public final class ProcessExit {

    private static final long GRACE_SECONDS = 120;
    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();
    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile int exitCode = ExitCodes.STOPPED;
    private static volatile Runnable onTerminate = () -> { };

    private ProcessExit() {
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SHUTTING_DOWN.set(true);
            if (FINISHED.getCount() == 0) {
                return;
            }
            onTerminate.run();
            try {
                if (FINISHED.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    Runtime.getRuntime().halt(exitCode);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stockrecon-shutdown"));
    }

    /** What to do when the process is asked to terminate while a command runs. */
    public static void onTerminate(Runnable action) {
        onTerminate = action;
    }

    public static boolean terminating() {
        return SHUTTING_DOWN.get();
    }

    public static void exit(int code) {
        exitCode = code;
        if (SHUTTING_DOWN.get()) {
            FINISHED.countDown();
            return;
        }
        FINISHED.countDown();
        System.exit(code);
    }
}
