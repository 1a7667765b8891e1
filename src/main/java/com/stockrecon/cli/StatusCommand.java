package com.stockrecon.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.stockrecon.config.JobDefinitions;
import com.stockrecon.fetch.FetchReport;
import com.stockrecon.outbound.DeliveryLines;
import com.stockrecon.outbound.ledger.DeliveryLedger;
import com.stockrecon.runs.RunHistory;
import com.stockrecon.runs.RunHistory.Phase;
import com.stockrecon.runs.RunHistory.RunState;
import com.stockrecon.runs.RunRegistry.RunMetrics;

/** {@code stockrecon status}: where the latest run of a date stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows the latest run of a business date: status, start and end, its steps, its reports.",
                "Exit code: 0 completed, 1 failed or never ran, 3 running, 4 stopped (restart finishes it)."})
public class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Business date D (default: today in the job's time zone).")
    LocalDate date;

    @Override
    public Integer call() {
        LocalDate businessDate = date != null ? date
                : LocalDate.now(JobDefinitions.load(common.jobsDir(), common.job).policy(Map.of()).zone());
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = AppContext.start(false, Map.of())) {
            Optional<RunState> state = context.getBean(RunHistory.class).latestRun(common.job, businessDate);
            if (state.isEmpty()) {
                out.println(common.job + " " + businessDate + ": no run");
                out.flush();
                return ExitCodes.FAILED;
            }
            print(state.get(), out);
            out.flush();
            context.getBean(FetchReport.class).statusLines(common.job, businessDate, state.get().latest().rerun())
                    .forEach(line -> out.printf("  %-10s %s%n", "fetch", line));
            DeliveryLines.printStatus(context.getBean(DeliveryLedger.class), common.job, businessDate, out);
            out.flush();
            return exitCode(state.get());
        }
    }

    private static int exitCode(RunState state) {
        return switch (state.phase()) {
            case COMPLETED -> ExitCodes.OK;
            case RUNNING -> ExitCodes.BUSY;
            case STOPPED -> ExitCodes.STOPPED;
            case ABANDONED, FAILED -> ExitCodes.FAILED;
        };
    }

    static void print(RunState state, PrintWriter out) {
        JobExecution execution = state.execution();
        out.println(state.jobName() + " " + state.latest().runLabel() + ": " + phase(state));
        out.printf("  %-10s %s%n", "started", time(execution.getStartTime()));
        out.printf("  %-10s %s%n", "ended", execution.getEndTime() == null ? "-"
                : time(execution.getEndTime()) + " (" + HistoryCommand.duration(
                        Duration.between(execution.getStartTime(), execution.getEndTime())) + ")");
        out.printf("  %-10s %d%n", "attempts", state.attempts());
        switch (state.phase()) {
            case COMPLETED -> out.printf("  %-10s %s%n", "reports", state.reportFolder());
            case RUNNING -> out.printf("  %-10s %s (when it completes)%n", "reports", state.reportFolder());
            default -> {
                out.printf("  %-10s not published (would be %s)%n", "reports", state.reportFolder());
                if (state.phase() == Phase.FAILED) {
                    failure(execution).ifPresent(reason -> out.printf("  %-10s %s%n", "failure", reason));
                }
                out.printf("  %-10s ./run.sh restart --date %s --job %s%n", "next", state.latest().businessDate(),
                        state.jobName());
            }
        }
        RunMetrics metrics = state.latest().metrics();
        if (metrics != null) {
            out.printf("  %-10s rows read %s, alerts %s, suggestions %s, discrepancies %s, rejects %s%n", "counts",
                    HistoryCommand.count(metrics.rowsRead()), HistoryCommand.count(metrics.alerts()),
                    HistoryCommand.count(metrics.suggestions()), HistoryCommand.count(metrics.discrepancies()),
                    HistoryCommand.count(metrics.rejects()));
        }
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .toList();
        if (!steps.isEmpty()) {
            out.printf("  steps%n");
            int width = steps.stream().mapToInt(step -> step.getStepName().length()).max().orElse(0);
            String format = "    %-" + Math.max(18, width) + "s %-10s %-10s %9s%n";
            for (StepExecution step : steps) {
                out.printf(format, step.getStepName(), step.getStatus(),
                        step.getExitStatus().getExitCode(), step.getStartTime() == null || step.getEndTime() == null
                                ? "-" : HistoryCommand.duration(Duration.between(step.getStartTime(),
                                        step.getEndTime())));
            }
        }
    }

    private static String phase(RunState state) {
        return switch (state.phase()) {
            case COMPLETED -> "COMPLETED";
            case RUNNING -> "RUNNING";
            case ABANDONED -> "ABANDONED (left running by a process that is gone; restart resumes it)";
            case STOPPED -> "STOPPED (at a safe point; restart finishes it)";
            case FAILED -> "FAILED (restart resumes it once the cause is fixed)";
        };
    }

    /**
     * The first line of the failure Batch recorded, without the exception's class name: the failed step's
     * that started last (a partition's own cause rather than its partitioned step's "unsuccessful step"),
     * or the job's.
     */
    private static Optional<String> failure(JobExecution execution) {
        String description = execution.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED)
                .filter(step -> step.getExitStatus().getExitDescription() != null
                        && !step.getExitStatus().getExitDescription().isBlank())
                .max(Comparator.comparing((StepExecution step) -> step.getStartTime(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(StepExecution::getId))
                .map(step -> step.getExitStatus().getExitDescription())
                .orElse(execution.getExitStatus().getExitDescription());
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        String first = description.strip().lines().findFirst().orElse("");
        return Optional.of(first.replaceFirst("^([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error|Requested):\\s*", ""));
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : HistoryCommand.TIME.format(time);
    }
}
