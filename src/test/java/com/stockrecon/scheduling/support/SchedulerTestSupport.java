package com.stockrecon.scheduling.support;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.stockrecon.StockReconApplication;
import com.stockrecon.config.JobDefinition;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.runs.RunHistory;
import com.stockrecon.runs.RunHistory.ExecutionLine;
import com.stockrecon.scheduling.JobSchedule;

/**
 * Base of scheduler tests in the test's JVM: the application context the {@code schedule} command
 * starts (Quartz on, JDBC job store in the test's database), a fresh context per test so each test
 * has its own scheduler and database, and a job name of its own.
 */
@SpringBootTest(classes = StockReconApplication.class, properties = "stockrecon.log-dir=target/test-logs")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
public abstract class SchedulerTestSupport {

    @DynamicPropertySource
    static void scheduler(DynamicPropertyRegistry registry) {
        // Quartz keeps schedulers by name in a JVM-wide registry: each test context needs its own name.
        String name = "stockrecon-test-" + UUID.randomUUID();
        registry.add("spring.quartz.scheduler-name", () -> name);
    }

    protected final String job = "sched-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected RunHistory history;

    @Autowired
    protected JdbcTemplate jdbc;

    @TempDir
    protected Path work;

    protected JobSchedule schedule() {
        return JobSchedule.of(context);
    }

    protected JobDefinition definition(Path input, String cron, String zone) {
        JobDefinitionFiles.write(work.resolve("jobs"), job, input, work.resolve("reports"), cron, zone);
        return JobDefinitions.load(work.resolve("jobs"), job);
    }

    /** Waits until the job's executions satisfy the condition; they are returned newest first. */
    protected List<ExecutionLine> awaitExecutions(Predicate<List<ExecutionLine>> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ExecutionLine> executions = history.executions(job, 100);
        while (!condition.test(executions)) {
            if (System.nanoTime() > deadline) {
                fail("executions of " + job + " after " + timeout + ": " + executions);
            }
            Thread.sleep(200);
            executions = history.executions(job, 100);
        }
        return executions;
    }

    /** Lets fires in progress end before the context closes. */
    @AfterEach
    void stopScheduler() throws SchedulerException, InterruptedException {
        Scheduler scheduler = context.getBean(Scheduler.class);
        if (scheduler.isStarted() && !scheduler.isShutdown()) {
            schedule().shutdown();
        }
    }
}
