package com.stockrecon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.config.InputLayout;
import com.stockrecon.config.JobDefinition;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.config.PartitionPlan;
import com.stockrecon.config.Policy;
import com.stockrecon.config.PolicyBinding;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;
import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.OperationsSettings;
import com.stockrecon.outbound.OutboundSettings;
import com.stockrecon.partitions.remote.PartitionQueue;
import com.stockrecon.runs.RunInterruption;
import com.stockrecon.runs.RunLauncher;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.staging.Staging;

/** {@code stockrecon reconcile}: one run for one business date. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Reconciles one business date and publishes its reports.",
                "A completed date is not repeated unless --rerun is given; a failed or stopped date is restarted"
                        + " where it stopped."})
public class ReconcileCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Business date D (default: today in the job's time zone).")
    LocalDate date;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder (default: the job definition's input).")
    Path input;

    @Option(names = "--reports", paramLabel = "DIR", description = "Reports folder; reports go to DIR/D/ (default: the job definition's reports).")
    Path reports;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of business dates and feed timestamps, e.g. Europe/Paris (policy zone).")
    String zone;

    @Option(names = "--rerun", description = "Run a completed date again (its report folder is replaced).")
    boolean rerun;

    @Option(names = {"-P", "--policy"}, paramLabel = "KEY=VALUE", description = "Override a policy value, e.g. -P window-days=21 (repeatable).")
    Map<String, String> policy = new LinkedHashMap<>();

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the heavy steps run at once (default: the job definition's, else one per core).")
    Integer partitions;

    @Option(names = "--remote", description = "Run the partitions on worker processes (run.sh worker) through RabbitMQ; needs PostgreSQL.")
    boolean remote;

    @Override
    public Integer call() {
        JobDefinition definition = JobDefinitions.load(common.jobsDir(), common.job);
        SupplierFeedDefinitions suppliers = SupplierFeedDefinitions.load(common.jobsDir());
        OperationsSettings operations = OperationsSettings.of(definition);
        Set<String> policyKeys = Policy.defaults().asProperties().keySet();
        for (String key : policy.keySet()) {
            if (!policyKeys.contains(PolicyBinding.canonicalKey(key))) {
                throw new ConfigurationException("-P " + key + ": unknown policy key (policy keys: "
                        + String.join(", ", policyKeys) + ")");
            }
        }
        Map<String, String> overrides = new LinkedHashMap<>(policy);
        if (zone != null) {
            overrides.put("zone", zone);
        }
        Policy resolved = definition.policy(overrides);
        LocalDate businessDate = date != null ? date : LocalDate.now(resolved.zone());
        Path inputDir = input != null ? input.toAbsolutePath().normalize() : definition.inputDir(businessDate);
        Path reportsDir = reports != null ? reports.toAbsolutePath().normalize() : definition.reportsDir();
        if (!Files.isDirectory(inputDir)) {
            System.err.println("stockrecon: input folder not found: " + inputDir);
            return ExitCodes.FAILED;
        }
        RunRequest request = new RunRequest(definition.name(), businessDate, inputDir, reportsDir, resolved, rerun,
                new InputLayout(definition.catalog(), suppliers.folder()));
        PartitionPlan plan = definition.partitions().overriddenBy(partitions, remote);
        try (ConfigurableApplicationContext context = AppContext.start(false, Map.of(
                OutboundSettings.JOBS_DIR, common.jobsDir(),
                "stockrecon.partitions.count", plan.count(), "stockrecon.partitions.remote", plan.remote()))) {
            if (plan.remote()) {
                PartitionQueue.requirePostgres(context.getBean(Staging.class));
            }
            context.getBean(JobOperations.class).register(operations);
            RunInterruption interruption = context.getBean(RunInterruption.class);
            ProcessExit.onTerminate(interruption::request);
            try (ProgressDisplay progress = ProgressDisplay.start(context)) {
                RunOutcome outcome = context.getBean(RunLauncher.class).reconcile(request);
                progress.close();
                return report(outcome, common.stacktrace);
            }
        }
    }

    private static int report(RunOutcome outcome, boolean stacktrace) {
        switch (outcome.result()) {
            case COMPLETED -> {
                SummaryPrinter.print(outcome.reportFolder(), System.out);
                return ExitCodes.OK;
            }
            case ALREADY_COMPLETED -> {
                System.out.println(outcome.message());
                return ExitCodes.OK;
            }
            case BUSY -> {
                System.err.println("stockrecon: " + outcome.message());
                return ExitCodes.BUSY;
            }
            case STOPPED -> {
                System.err.println("stockrecon: " + outcome.message());
                return ExitCodes.STOPPED;
            }
            default -> {
                System.err.println("stockrecon: " + outcome.message());
                if (stacktrace && outcome.execution() != null) {
                    outcome.execution().getAllFailureExceptions().forEach(failure -> failure.printStackTrace());
                }
                return ExitCodes.FAILED;
            }
        }
    }
}
