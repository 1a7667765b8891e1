package com.stockrecon.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.stockrecon.config.JobDefinition;
import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.OperationsSettings;

/**
 * The health components of every job this process runs, for /actuator/health. One check serves the
 * components of one request (Boot asks each indicator in turn): a database that does not answer costs the
 * timeout once, not once per component.
 */
@Component
public class OperationsHealth {

    private static final Duration REUSE = Duration.ofSeconds(2);

    private final JobOperations operations;
    private final ConnectionSource database;
    private final Clock clock = Clock.systemUTC();
    private Map<String, List<ComponentHealth>> last = Map.of();
    private Instant lastAt = Instant.MIN;

    public OperationsHealth(JobOperations operations, DataSource dataSource, Environment environment) {
        this.operations = operations;
        String url = environment.getProperty("spring.datasource.url", "the database");
        this.database = new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public String describe() {
                int query = url.indexOf('?');
                return query < 0 ? url : url.substring(0, query);
            }
        };
    }

    /** The named component of each job, by job name. */
    public Map<String, ComponentHealth> component(String name) {
        Map<String, ComponentHealth> byJob = new LinkedHashMap<>();
        snapshot().forEach((job, components) -> components.stream().filter(c -> c.name().equals(name)).findFirst()
                .ifPresent(component -> byJob.put(job, component)));
        return byJob;
    }

    private synchronized Map<String, List<ComponentHealth>> snapshot() {
        if (Duration.between(lastAt, clock.instant()).compareTo(REUSE) < 0) {
            return last;
        }
        Map<String, List<ComponentHealth>> byJob = new LinkedHashMap<>();
        for (OperationsSettings settings : operations.all()) {
            Optional<JobDefinition> definition = operations.definition(settings.job());
            definition.ifPresent(job -> byJob.put(job.name(), HealthChecks.check(job, settings, database, clock)));
        }
        last = byJob;
        lastAt = clock.instant();
        return byJob;
    }
}
