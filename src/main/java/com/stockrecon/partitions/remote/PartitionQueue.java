package com.stockrecon.partitions.remote;

import org.springframework.amqp.core.Queue;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.staging.Dialect;
import com.stockrecon.staging.Staging;

/**
 * The durable RabbitMQ queue managers send partition requests to and workers take them from. A
 * request travels as plain text ({@code <worker step> <step execution id>}), never as a serialized
 * Java object: a worker deserializes nothing from the wire. Everything else a worker needs is in the
 * shared job repository.
 */
public final class PartitionQueue {

    public static final String NAME = "stockrecon.partitions";

    private PartitionQueue() {
    }

    public static Queue declaration() {
        return new Queue(NAME, true);
    }

    public static String encode(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    public static StepExecutionRequest decode(String text) {
        String[] parts = text.trim().split(" ");
        if (parts.length != 2 || !parts[1].matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("not a partition request: " + text.substring(0, Math.min(80, text.length())));
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }

    /** Managers and workers share the job repository and staged work: an embedded H2 database cannot be shared. */
    public static void requirePostgres(Staging staging) {
        if (staging.dialect() != Dialect.POSTGRESQL) {
            throw new ConfigurationException("remote partitions need a PostgreSQL database shared by the manager and"
                    + " its workers (SPRING_DATASOURCE_URL=jdbc:postgresql://...); the embedded H2 database belongs"
                    + " to one process: run without --remote");
        }
    }
}
