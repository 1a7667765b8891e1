package com.stockrecon.cli;

/** The exit codes cron and operators read (README, "Exit codes"). */
public final class ExitCodes {

    /** The run completed (or had completed before and no rerun was asked for). */
    public static final int OK = 0;
    /** The run failed: bad input, database trouble; calling the same command again restarts it. */
    public static final int FAILED = 1;
    /** Bad usage or configuration: unknown option, bad date, bad job definition. */
    public static final int USAGE = 2;
    /** Another run of the same job and date is in progress. */
    public static final int BUSY = 3;
    /** The run was stopped (SIGTERM) at a safe point; calling the same command again finishes it. */
    public static final int STOPPED = 4;

    private ExitCodes() {
    }
}
