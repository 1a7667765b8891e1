package com.stockrecon.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.stockrecon.config.JobDefinitions;
import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.OperationsSettings;
import com.stockrecon.runs.RunHistory;
import com.stockrecon.runs.RunHistory.Phase;
import com.stockrecon.runs.RunHistory.RunState;
import com.stockrecon.runs.RunInterruption;
import com.stockrecon.runs.RunLauncher;
import com.stockrecon.runs.RunOutcome;

/** {@code stockrecon restart --date D}: finishes the failed, stopped or abandoned run of a date. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restarts the failed, stopped or abandoned run of a business date where it stopped, with the"
                + " input folder, reports folder and policy it was started with; its reports equal those of an"
                + " uninterrupted run.",
                "Says so and exits 0 when the date's run completed (nothing to restart); exits 2 when the date"
                        + " never ran (reconcile starts it)."})
public class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "Business date D of the run to restart.")
    LocalDate date;

    @Override
    public Integer call() {
        OperationsSettings operations = OperationsSettings.of(JobDefinitions.load(common.jobsDir(), common.job));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = AppContext.start(false, Map.of())) {
            context.getBean(JobOperations.class).register(operations);
            Optional<RunState> state = context.getBean(RunHistory.class).latestRun(common.job, date);
            if (state.isEmpty()) {
                err.println("stockrecon: no run of " + common.job + " for " + date + " to restart; './run.sh"
                        + " reconcile --date " + date + "' starts one");
                err.flush();
                return ExitCodes.USAGE;
            }
            RunState run = state.get();
            if (run.phase() == Phase.COMPLETED) {
                out.println("Nothing to restart: " + common.job + " for " + run.latest().runLabel() + " completed at "
                        + HistoryCommand.TIME.format(run.execution().getEndTime()) + "; reports in "
                        + run.reportFolder() + ". 'reconcile --date " + date + " --rerun' runs it again.");
                out.flush();
                return ExitCodes.OK;
            }
            if (run.phase() == Phase.RUNNING) {
                err.println("stockrecon: " + common.job + " for " + date + " is running in another process; not"
                        + " restarted");
                err.flush();
                return ExitCodes.BUSY;
            }
            out.println("Restarting " + common.job + " for " + run.latest().runLabel() + " ("
                    + run.phase().name().toLowerCase() + " after " + run.attempts() + " attempt"
                    + (run.attempts() == 1 ? "" : "s") + ")");
            out.flush();
            RunInterruption interruption = context.getBean(RunInterruption.class);
            ProcessExit.onTerminate(interruption::request);
            try (ProgressDisplay progress = ProgressDisplay.start(context)) {
                RunOutcome outcome = context.getBean(RunLauncher.class).reconcile(run.restartRequest());
                progress.close();
                return report(outcome, out, err);
            }
        }
    }

    private static int report(RunOutcome outcome, PrintWriter out, PrintWriter err) {
        int code = switch (outcome.result()) {
            case COMPLETED, ALREADY_COMPLETED -> ExitCodes.OK;
            case BUSY -> ExitCodes.BUSY;
            case STOPPED -> ExitCodes.STOPPED;
            case FAILED -> ExitCodes.FAILED;
        };
        if (outcome.result() == RunOutcome.Result.COMPLETED) {
            out.flush();
            SummaryPrinter.print(outcome.reportFolder(), System.out);
            System.out.flush();
        } else if (code == ExitCodes.OK) {
            out.println(outcome.message());
            out.flush();
        } else {
            err.println("stockrecon: " + outcome.message());
            err.flush();
        }
        return code;
    }
}
