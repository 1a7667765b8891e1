package com.stockrecon.runs;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;

/** How a reconcile request ended, and the one line an operator reads about it. */
public record RunOutcome(Result result, String message, Path reportFolder, JobExecution execution) {

    public enum Result {
        /** The run completed; the reports are published. */
        COMPLETED,
        /** The date had completed before and no rerun was asked for; nothing was done. */
        ALREADY_COMPLETED,
        /** The run failed; calling reconcile again restarts it where it stopped. */
        FAILED,
        /** The run was asked to stop and stopped at a safe point; calling reconcile again resumes it. */
        STOPPED,
        /** Another process is running the same job and date. */
        BUSY
    }
}
