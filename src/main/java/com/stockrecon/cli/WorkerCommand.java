package com.stockrecon.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.stockrecon.partitions.remote.PartitionQueue;
import com.stockrecon.partitions.remote.PartitionWorker;
import com.stockrecon.staging.Staging;

/** {@code stockrecon worker}: runs partitions for any manager that shares this database, input folder and broker. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs the partitions of runs started with --remote, for any manager that shares this"
                + " PostgreSQL database, its input folder (same path) and RabbitMQ broker (SPRING_RABBITMQ_*).",
                "Logs one line per partition; SIGTERM stops it after the partitions it is running."})
public class WorkerCommand implements Callable<Integer> {

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions run at once (default: one per core).")
    Integer partitions;

    @Option(names = "--stacktrace", description = "Print the full stack trace of a failure on stderr.")
    boolean stacktrace;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch terminated = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = AppContext.start(false, Map.of(
                "stockrecon.partitions.worker", "true",
                "stockrecon.partitions.count", partitions == null ? 0 : partitions))) {
            PartitionQueue.requirePostgres(context.getBean(Staging.class));
            Lifecycle inbound = context.getBean(PartitionWorker.INBOUND, Lifecycle.class);
            ProcessExit.onTerminate(terminated::countDown);
            inbound.start();
            System.out.println("worker ready: taking partitions from queue " + PartitionQueue.NAME);
            System.out.flush();
            terminated.await();
            // waits for the partitions in progress; unstarted requests stay in the queue for other workers
            inbound.stop();
            System.out.println("worker stopped");
        }
        return ExitCodes.OK;
    }
}
