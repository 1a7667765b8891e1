package com.stockrecon.partitions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per staged step, named after it; the grid size does not change what a partition reads. */
public final class StagePartitioner implements Partitioner {

    public static final String STAGE = "stage";
    public static final String MANAGER = "partitionedStep";

    private final String manager;
    private final List<String> stages;

    public StagePartitioner(String manager, List<String> stages) {
        this.manager = manager;
        this.stages = List.copyOf(stages);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (String stage : stages) {
            ExecutionContext context = new ExecutionContext();
            context.putString(STAGE, stage);
            context.putString(MANAGER, manager);
            partitions.put(stage, context);
        }
        return partitions;
    }
}
