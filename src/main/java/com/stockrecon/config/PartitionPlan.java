package com.stockrecon.config;

/**
 * How the job's partitioned steps run: on {@code count} threads of this process (0: one per core), or,
 * when {@code remote}, on worker processes reached through RabbitMQ ({@code run.sh worker}).
 */
public record PartitionPlan(int count, boolean remote) {

    public static final PartitionPlan LOCAL = new PartitionPlan(0, false);

    public PartitionPlan {
        if (count < 0) {
            throw new ConfigurationException("partitions: " + count + " is not a number of partitions (0 or more)");
        }
    }

    /** This plan with what the command line says instead, where it says something. */
    public PartitionPlan overriddenBy(Integer count, boolean remote) {
        return new PartitionPlan(count == null ? this.count : count, remote || this.remote);
    }
}
