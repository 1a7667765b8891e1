package com.stockrecon.partitions;

import java.util.List;

import org.springframework.batch.core.step.Step;

import com.stockrecon.runs.StagedStep;

/**
 * Builds a partitioned step whose partitions are staged steps, one partition each: the partition's
 * name is the staged step's name (its key in the stage ledger), so a restarted partition reuses its
 * staged work exactly as the step did when it ran alone. Local threads or remote workers.
 */
public interface PartitionedSteps {

    /** The step that runs one partition, wherever it runs: its name is what a worker is asked for. */
    String WORKER_STEP = "runPartition";

    Step step(String name, List<? extends StagedStep> stages);
}
