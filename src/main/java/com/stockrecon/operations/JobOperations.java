package com.stockrecon.operations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import com.stockrecon.config.JobDefinition;

/**
 * The jobs this process runs, with their operations settings, registered by the command that starts
 * them (reconcile, restart, schedule, serve): for what follows each run (textfile, alerts) and for
 * /actuator/health.
 */
@Component
public class JobOperations {

    private final Map<String, OperationsSettings> settings = new ConcurrentHashMap<>();
    private final Map<String, JobDefinition> definitions = new ConcurrentHashMap<>();
    private final List<Consumer<OperationsSettings>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a job whose settings were read (and checked) before the context started. */
    public void register(JobDefinition definition, OperationsSettings operations) {
        definitions.put(definition.name(), definition);
        register(operations);
    }

    /** Reads, checks and registers the job's settings. */
    public OperationsSettings register(JobDefinition definition) {
        OperationsSettings operations = OperationsSettings.of(definition);
        register(definition, operations);
        return operations;
    }

    public void register(OperationsSettings operations) {
        settings.put(operations.job(), operations);
        listeners.forEach(listener -> listener.accept(operations));
    }

    /** A job nobody registered has no textfile and no alerts. */
    public OperationsSettings of(String job) {
        return settings.getOrDefault(job, OperationsSettings.none(job));
    }

    public Optional<JobDefinition> definition(String job) {
        return Optional.ofNullable(definitions.get(job));
    }

    public Collection<OperationsSettings> all() {
        return List.copyOf(settings.values());
    }

    /** Called for every job registered from now on. */
    public void onRegister(Consumer<OperationsSettings> listener) {
        listeners.add(listener);
    }
}
