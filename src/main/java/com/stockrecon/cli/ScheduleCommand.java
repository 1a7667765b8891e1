package com.stockrecon.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.config.JobDefinition;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;
import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.ManagementEndpoints;
import com.stockrecon.operations.OperationsSettings;
import com.stockrecon.outbound.OutboundSettings;
import com.stockrecon.runs.RunInterruption;
import com.stockrecon.scheduling.JobSchedule;
import com.stockrecon.scheduling.ScheduledJobs;

/** {@code stockrecon schedule}: stays up and runs every job of {@code jobs/} on its cron expression. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Stays up and runs each job of jobs/ that has a schedule.cron, in the job's time zone.",
                "Several scheduler processes may share one PostgreSQL database: each scheduled run fires on one"
                        + " of them only. A night missed while no scheduler ran is run once at start-up.",
                "SIGTERM (or Ctrl-C) stops a running reconciliation at a safe point and exits; the next start"
                        + " of a scheduler finishes it."})
public class ScheduleCommand implements Callable<Integer> {

    private static final Logger console = LoggerFactory.getLogger("stockrecon.progress");

    @Option(names = "--jobs", paramLabel = "DIR", description = "Folder of job definitions (default: jobs/ of the installation).")
    Path jobsDir;

    @Option(names = "--management-port", paramLabel = "PORT",
            defaultValue = "${env:STOCKRECON_MANAGEMENT_PORT:-" + ManagementEndpoints.SCHEDULE_PORT + "}",
            description = "Port of /actuator/health and /actuator/prometheus (default: ${DEFAULT-VALUE},"
                    + " or STOCKRECON_MANAGEMENT_PORT; 0: any free one).")
    int managementPort;

    @Option(names = "--management-address", paramLabel = "ADDRESS", defaultValue = ManagementEndpoints.LOOPBACK,
            description = "Address the management port binds to (default: ${DEFAULT-VALUE}, loopback only).")
    String managementAddress;

    @Option(names = "--stacktrace", description = "Print the full stack trace of a failure on stderr.")
    boolean stacktrace;

    @Override
    public Integer call() throws Exception {
        Path jobs = jobsDir != null ? jobsDir.toAbsolutePath().normalize() : new CommonOptions().jobsDir();
        List<JobDefinition> scheduled = JobDefinitions.loadAll(jobs).stream()
                .filter(definition -> definition.cron() != null)
                .toList();
        SupplierFeedDefinitions suppliers = SupplierFeedDefinitions.load(jobs);
        if (scheduled.isEmpty()) {
            throw new ConfigurationException(jobs + ": no job definition has a 'schedule.cron' key; nothing to"
                    + " schedule");
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        AtomicReference<RunInterruption> interruption = new AtomicReference<>();
        ProcessExit.onTerminate(() -> {
            stopRequested.countDown();
            RunInterruption running = interruption.get();
            if (running != null) {
                running.request();
            }
        });
        scheduled.forEach(OperationsSettings::of);
        Map<String, Object> properties = new LinkedHashMap<>(
                ManagementEndpoints.standalone(managementPort, managementAddress));
        properties.put(OutboundSettings.JOBS_DIR, jobs);
        try (ConfigurableApplicationContext context = AppContext.start(true, properties)) {
            scheduled.forEach(context.getBean(JobOperations.class)::register);
            interruption.set(context.getBean(RunInterruption.class));
            if (stopRequested.getCount() == 0) {
                return ExitCodes.OK;
            }
            ScheduledJobs served = context.getBean(ScheduledJobs.class);
            JobSchedule schedule = JobSchedule.of(context);
            try (ProgressDisplay progress = ProgressDisplay.start(context)) {
                List<JobSchedule.Registered> registered = schedule.register(scheduled, suppliers);
                schedule.start();
                announce(schedule.instanceId(), jobs, registered);
                stopRequested.await();
                console.info("scheduler {}: stopping (a running reconciliation stops at its next safe point)",
                        schedule.instanceId());
                schedule.shutdown();
            }
            console.info("scheduler stopped");
            return served.anyRunStopped() ? ExitCodes.STOPPED : ExitCodes.OK;
        }
    }

    private static void announce(String instanceId, Path jobs, List<JobSchedule.Registered> registered) {
        console.info("scheduler {} started with the jobs of {}", instanceId, jobs);
        for (JobSchedule.Registered job : registered) {
            console.info("  {}: cron '{}' in {} (trigger {}), {}", job.definition().name(), job.definition().cron(),
                    job.zone(), job.change().name().toLowerCase(), nextFire(job));
        }
    }

    private static String nextFire(JobSchedule.Registered job) {
        if (job.nextFireTime() == null) {
            return "never fires again";
        }
        Instant next = job.nextFireTime().toInstant();
        String when = next.atZone(job.zone()).toOffsetDateTime().toString();
        // a trigger kept from an earlier start that waits for a time over a minute past missed it (misfire)
        boolean missed = job.change() == JobSchedule.Change.KEPT && next.isBefore(Instant.now().minusSeconds(60));
        return missed ? "missed its fire of " + when + ": runs once now" : "next fire " + when;
    }
}
