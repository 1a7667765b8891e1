package com.stockrecon.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.runs.FailureMessages;

/** The command line: {@code stockrecon <command> [options]}; {@code --help} on the tool and each command. */
@Command(name = "stockrecon", mixinStandardHelpOptions = true, version = "StockRecon 1.0.0",
        description = "Nightly inventory reconciliation: available stock, low-stock alerts, purchase suggestions"
                + " and discrepancies from the day's inputs.",
        subcommands = {ReconcileCommand.class, RestartCommand.class, StatusCommand.class, HistoryCommand.class,
                ScheduleCommand.class, GenerateCommand.class, FetchCommand.class, ServeCommand.class,
                KeysCommand.class, AuditCommand.class, DeliverCommand.class, HealthCommand.class,
                WorkerCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 completed, 1 failed (run the same command again to restart), 2 bad usage or"
                + " configuration, 3 another run of the date is in progress, 4 stopped by a signal (run again to finish).",
                "status exits with the code of the date's run (1 also when it never ran); schedule exits 0 when"
                        + " stopped while idle, 4 when it stopped a run (its next start finishes it)."})
public class StockReconCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new StockReconCommand());
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            PrintWriter err = problem.getCommandLine().getErr();
            err.println("stockrecon: " + problem.getMessage());
            err.println("Try 'stockrecon " + commandPath(problem.getCommandLine()) + "--help' for usage.");
            err.flush();
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parseResult) -> {
            PrintWriter err = failedCommand.getErr();
            boolean stacktrace = parseResult.subcommand() != null
                    && parseResult.subcommand().hasMatchedOption("--stacktrace");
            if (failure instanceof ConfigurationException) {
                err.println("stockrecon: " + failure.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
            err.println("stockrecon: " + FailureMessages.describe(failure));
            if (stacktrace) {
                failure.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.FAILED;
        });
        return commandLine.execute(args);
    }

    private static String commandPath(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return "stockrecon".equals(name) ? "" : name + " ";
    }
}
