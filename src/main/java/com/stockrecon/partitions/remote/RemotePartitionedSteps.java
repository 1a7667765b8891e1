package com.stockrecon.partitions.remote;

import java.time.Duration;
import java.util.List;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

import com.stockrecon.partitions.PartitionedSteps;
import com.stockrecon.partitions.SharedTablesFirst;
import com.stockrecon.partitions.StagePartitioner;
import com.stockrecon.runs.StagedStep;

/**
 * The manager side of remote partitioning: each partition's request goes to the RabbitMQ queue, and
 * the manager polls the shared job repository until every partition has ended (no aggregated
 * replies: those are lost when a manager restarts, spring-batch#5158). A partition no worker ends
 * within {@code stockrecon.partitions.timeout} fails the step; the same command then restarts it.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
@ConditionalOnProperty(name = "stockrecon.partitions.remote", havingValue = "true")
public class RemotePartitionedSteps implements PartitionedSteps {

    private final JobRepository repository;
    private final BeanFactory beanFactory;
    private final SharedTablesFirst sharedTables;
    private final int gridSize;
    private final Duration timeout;
    private final DirectChannel requests = new DirectChannel();

    public RemotePartitionedSteps(JobRepository repository, BeanFactory beanFactory, SharedTablesFirst sharedTables,
            @Value("${stockrecon.partitions.count:0}") int count,
            @Value("${stockrecon.partitions.timeout:PT1H}") Duration timeout) {
        this.repository = repository;
        this.beanFactory = beanFactory;
        this.sharedTables = sharedTables;
        this.gridSize = count > 0 ? count : Runtime.getRuntime().availableProcessors();
        this.timeout = timeout;
    }

    @Bean
    Queue partitionQueue() {
        return PartitionQueue.declaration();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(RabbitTemplate rabbit) {
        return IntegrationFlow.from(requests)
                .transform(StepExecutionRequest.class, PartitionQueue::encode)
                .handle(Amqp.outboundAdapter(rabbit).routingKey(PartitionQueue.NAME))
                .get();
    }

    @Override
    public Step step(String name, List<? extends StagedStep> stages) {
        return new RemotePartitioningManagerStepBuilder(name, repository)
                .partitioner(WORKER_STEP, new StagePartitioner(name, stages.stream().map(StagedStep::name).toList()))
                .gridSize(gridSize)
                .outputChannel(requests)
                .pollInterval(250)
                .timeout(timeout.toMillis())
                .beanFactory(beanFactory)
                .listener(sharedTables)
                .allowStartIfComplete(true)
                .build();
    }
}
