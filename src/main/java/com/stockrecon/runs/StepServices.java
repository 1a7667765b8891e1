package com.stockrecon.runs;

import org.springframework.stereotype.Component;

import com.stockrecon.staging.Staging;

/** What every staged step needs, handed over as one. */
@Component
public record StepServices(RunContexts contexts, StageLedger ledger, RunProgress progress, Staging staging) {
}
