package com.stockrecon.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.stockrecon.StockReconApplication;
import com.stockrecon.config.Policy;
import com.stockrecon.config.PolicyBinding;
import com.stockrecon.runs.RunLauncher;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;

/**
 * Base of whole-job and step tests: a Spring context on a real database ({@link H2JobTestSupport},
 * {@link PostgresJobTestSupport}) with spring-batch-test's utilities, plus helpers that reconcile a
 * fixture folder and hand back the published report folder.
 */
@SpringBootTest(classes = StockReconApplication.class, properties = {
        "spring.autoconfigure.exclude=org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
        "stockrecon.log-dir=target/test-logs",
        // many test contexts stay cached at once; keep each one's idle connections few
        "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.maximum-pool-size=20"})
@SpringBatchTest
public abstract class JobTestSupport {

    private static final java.util.concurrent.atomic.AtomicInteger TESTS = new java.util.concurrent.atomic.AtomicInteger();

    /** Each test runs its own job name, so that tests sharing a database never see each other's runs. */
    protected final String job = "test-" + TESTS.incrementAndGet();

    @Autowired
    protected JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    protected RunLauncher launcher;

    @TempDir
    protected Path work;

    protected RunOutcome reconcile(Path input, LocalDate date) {
        return reconcile(input, date, Map.of(), false);
    }

    protected RunOutcome reconcile(Path input, LocalDate date, Map<String, String> policy, boolean rerun) {
        return launcher.reconcile(new RunRequest(job, date, input, work.resolve("reports"), policy(policy), rerun));
    }

    protected Path reportFolder(LocalDate date) {
        return work.resolve("reports").resolve(date.toString());
    }

    protected static Policy policy(Map<String, String> overrides) {
        return PolicyBinding.bind(overrides);
    }
}
