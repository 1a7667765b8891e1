package com.stockrecon.partitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.stockrecon.runs.RunProgress;
import com.stockrecon.runs.RunProgress.StepReport;
import com.stockrecon.runs.StagedStep;

/**
 * Runs the staged step a partition names, in this process or in a worker, and logs one line per
 * partition: {@code partition <name> of step <step>: N rows in S s}.
 */
@Component
public class PartitionTasklet implements Tasklet {

    private static final ThreadLocal<StepReport> LAST_REPORT = new ThreadLocal<>();

    private final Map<String, StagedStep> stages = new HashMap<>();
    private final Logger log;

    /** A worker's partition lines are its console output; in a reconcile process the step lines are. */
    public PartitionTasklet(List<StagedStep> stagedSteps, RunProgress progress,
            @Value("${stockrecon.partitions.worker:false}") boolean worker) {
        this.log = LoggerFactory.getLogger(worker ? "stockrecon.progress" : PartitionTasklet.class.getName());
        stagedSteps.forEach(step -> stages.put(step.name(), step));
        // a step's end is reported on the thread that ran it
        progress.onStepEnd(LAST_REPORT::set);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution execution = chunkContext.getStepContext().getStepExecution();
        String stage = execution.getExecutionContext().getString(StagePartitioner.STAGE, "");
        StagedStep step = stages.get(stage);
        if (step == null) {
            throw new IllegalStateException("partition " + execution.getStepName() + " names no known step '"
                    + stage + "'");
        }
        LAST_REPORT.remove();
        try {
            return step.execute(contribution, chunkContext);
        } finally {
            StepReport report = LAST_REPORT.get();
            LAST_REPORT.remove();
            if (report != null) {
                String manager = execution.getExecutionContext().getString(StagePartitioner.MANAGER, "?");
                log.info("partition {} of step {}: {} rows in {} s ({})", stage, manager, report.rows(),
                        String.format(java.util.Locale.ROOT, "%.1f", report.millis() / 1000.0), report.outcome());
            }
        }
    }
}
