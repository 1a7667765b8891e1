package com.stockrecon.scheduling;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.stockrecon.config.InputLayout;
import com.stockrecon.config.JobDefinition;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;

/**
 * The job definitions this scheduler process serves, as read from {@code jobs/} at start-up (edit a
 * definition, then restart the scheduler), and whether one of its runs was stopped by a shutdown.
 */
@Component
public class ScheduledJobs {

    private volatile Map<String, JobDefinition> definitions = Map.of();
    private volatile java.nio.file.Path supplierDefinitions;
    private final AtomicBoolean runStopped = new AtomicBoolean();

    void serve(List<JobDefinition> scheduled, SupplierFeedDefinitions suppliers) {
        supplierDefinitions = suppliers.folder();
        definitions = scheduled.stream().collect(Collectors.toUnmodifiableMap(JobDefinition::name,
                Function.identity()));
    }

    Optional<JobDefinition> definition(String jobName) {
        return Optional.ofNullable(definitions.get(jobName));
    }

    /** Where a job's catalog and supplier feeds come from: its catalog section and jobs/suppliers/. */
    InputLayout layout(JobDefinition definition) {
        return new InputLayout(definition.catalog(), supplierDefinitions);
    }

    void runStopped() {
        runStopped.set(true);
    }

    /** Whether a shutdown stopped a run of this process (finished at the next start of a scheduler). */
    public boolean anyRunStopped() {
        return runStopped.get();
    }
}
