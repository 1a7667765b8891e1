package com.stockrecon.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.stockrecon.config.JobDefinition;

/**
 * The operations settings of the jobs this process runs, registered by the command that starts them
 * (reconcile, restart, schedule, serve), for what follows each run: the metrics textfile and the alerts.
 */
@Component
public class JobOperations {

    private final Map<String, OperationsSettings> byJob = new ConcurrentHashMap<>();

    public OperationsSettings register(JobDefinition definition) {
        OperationsSettings settings = OperationsSettings.of(definition);
        byJob.put(settings.job(), settings);
        return settings;
    }

    public void register(OperationsSettings settings) {
        byJob.put(settings.job(), settings);
    }

    /** A job nobody registered has no textfile and no alerts. */
    public OperationsSettings of(String job) {
        return byJob.getOrDefault(job, OperationsSettings.none(job));
    }

    public java.util.Collection<OperationsSettings> all() {
        return java.util.List.copyOf(byJob.values());
    }
}
