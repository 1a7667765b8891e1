package com.stockrecon.partitions.remote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.stockrecon.partitions.StagePartitioner;

/**
 * Runs a partition under a PostgreSQL advisory lock on (job instance, partition), held by a session
 * of its own: a request delivered twice (the broker redelivers what a killed worker held) or a
 * partition of a restarted manager never runs at the same time as the attempt still running
 * elsewhere; the later one waits, then finds the staged work intact and reuses it. A killed
 * worker's session ends, and its lock with it.
 */
final class PartitionLock implements Tasklet {

    private static final int NAMESPACE = "stockrecon.partition".hashCode();

    private final DataSource dataSource;
    private final Tasklet partition;

    PartitionLock(DataSource dataSource, Tasklet partition) {
        this.dataSource = dataSource;
        this.partition = partition;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var execution = chunkContext.getStepContext().getStepExecution();
        long instance = execution.getJobExecution().getJobInstance().getInstanceId();
        String stage = execution.getExecutionContext().getString(StagePartitioner.STAGE, "");
        try (Connection session = dataSource.getConnection()) {
            session.setAutoCommit(true);
            call(session, "SELECT pg_advisory_lock(?, ?)", instance, stage);
            try {
                return partition.execute(contribution, chunkContext);
            } finally {
                call(session, "SELECT pg_advisory_unlock(?, ?)", instance, stage);
            }
        }
    }

    private static void call(Connection session, String sql, long instance, String stage) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, (int) (instance * 31 + stage.hashCode()));
            statement.execute();
        }
    }
}
