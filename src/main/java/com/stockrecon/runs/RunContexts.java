package com.stockrecon.runs;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

import com.stockrecon.config.Policy;

/** Turns a job execution's parameters into the {@link RunContext} its steps work with. */
@Component
public class RunContexts {

    private final RunRegistry registry;

    public RunContexts(RunRegistry registry) {
        this.registry = registry;
    }

    public RunContext of(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        String jobName = parameters.getString(RunContext.JOB);
        java.time.LocalDate date = parameters.getLocalDate(RunContext.DATE);
        Long rerun = parameters.getLong(RunContext.RERUN);
        if (jobName == null || date == null || rerun == null) {
            throw new IllegalArgumentException("job parameters job, date and rerun are required");
        }
        long runId = registry.findOrCreate(jobName, date, rerun.intValue());
        registry.linkExecution(execution.getId(), runId);
        return new RunContext(runId, jobName, date, rerun.intValue(),
                Path.of(parameters.getString(RunContext.INPUT)), Path.of(parameters.getString(RunContext.REPORTS)),
                Policy.decode(parameters.getString(RunContext.POLICY)), RunContext.layoutOf(parameters));
    }
}
