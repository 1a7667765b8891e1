package com.stockrecon.partitions.remote;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.PlatformTransactionManager;

import com.stockrecon.partitions.PartitionTasklet;
import com.stockrecon.partitions.PartitionedSteps;

/**
 * A worker ({@code run.sh worker}): takes partition requests from the queue, one at a time per
 * consumer ({@code stockrecon.partitions.count} consumers, default one per core), and runs them as
 * the step the request names. A request is acknowledged only when its partition has ended, so the
 * broker hands what a killed worker held to another worker (or to this one when it comes back); that
 * worker runs the still-STARTED partition again, which redoes its staged work from scratch.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
@ConditionalOnProperty(name = "stockrecon.partitions.worker", havingValue = "true")
public class PartitionWorker {

    public static final String INBOUND = "partitionRequestsFromBroker";

    private final DirectChannel requests = new DirectChannel();

    @Bean
    Queue partitionQueue() {
        return PartitionQueue.declaration();
    }

    @Bean(name = PartitionedSteps.WORKER_STEP)
    Step runPartition(JobRepository repository, PlatformTransactionManager transactions, BeanFactory beanFactory,
            PartitionTasklet tasklet, DataSource dataSource) {
        return new RemotePartitioningWorkerStepBuilder(PartitionedSteps.WORKER_STEP, repository)
                .inputChannel(requests)
                .beanFactory(beanFactory)
                .tasklet(new PartitionLock(dataSource, tasklet), transactions)
                .allowStartIfComplete(true)
                .build();
    }

    /** Consumes requests; started by the worker command once it has checked the database ({@link #INBOUND}). */
    @Bean
    IntegrationFlow partitionRequestsFlow(ConnectionFactory connectionFactory,
            @Value("${stockrecon.partitions.count:0}") int count,
            @Value("${stockrecon.partitions.worker-grace:PT2M}") Duration grace) {
        int consumers = count > 0 ? count : Runtime.getRuntime().availableProcessors();
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, PartitionQueue.NAME)
                        .configureContainer(container -> container
                                .acknowledgeMode(AcknowledgeMode.AUTO)
                                .prefetchCount(1)
                                .concurrentConsumers(consumers)
                                .defaultRequeueRejected(false)
                                .shutdownTimeout(grace.toMillis()))
                        .autoStartup(false)
                        .id(INBOUND))
                .transform(String.class, PartitionQueue::decode)
                .channel(requests)
                .get();
    }
}
