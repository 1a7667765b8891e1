package com.stockrecon.runs;

/**
 * Published (as a Spring application event) after every reconcile request has ended, whatever its
 * outcome, for what follows a run: deliveries, operator alerts, metrics. Listeners must not throw:
 * nothing that follows a run may change its outcome.
 */
public record RunFinished(RunRequest request, RunOutcome outcome) {
}
