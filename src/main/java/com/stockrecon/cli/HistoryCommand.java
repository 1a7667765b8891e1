package com.stockrecon.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.stockrecon.config.JobDefinitions;
import com.stockrecon.outbound.DeliveryLines;
import com.stockrecon.outbound.ledger.DeliveryLedger;
import com.stockrecon.runs.RunHistory;
import com.stockrecon.runs.RunHistory.ExecutionLine;

/** {@code stockrecon history}: the job's runs, newest first, one line per execution. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Lists the runs of a job, newest first: one line per execution (a restarted run has one"
                + " per attempt), with its counts once it completed.",
                "Times are the local time of the machine that ran it."})
public class HistoryCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String ROW = "%-20s %-10s %-19s %9s %12s %8s %11s %13s %8s%n";

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "NAME", defaultValue = JobDefinitions.DEFAULT_JOB,
            description = "Job whose runs to list (default: ${DEFAULT-VALUE}).")
    String job;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N executions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--stacktrace", description = "Print the full stack trace of a failure on stderr.")
    boolean stacktrace;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        try (ConfigurableApplicationContext context = AppContext.start(false, Map.of())) {
            List<ExecutionLine> executions = context.getBean(RunHistory.class).executions(job, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (executions.isEmpty()) {
                out.println("No runs of job " + job + " yet.");
            } else {
                print(executions, out);
                DeliveryLines.printHistory(context.getBean(DeliveryLedger.class), job, limit, out);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    static void print(List<ExecutionLine> executions, PrintWriter out) {
        out.printf(ROW, "date", "status", "start", "duration", "rows read", "alerts", "suggestions",
                "discrepancies", "rejects");
        for (ExecutionLine line : executions) {
            boolean counted = line.metrics() != null;
            out.printf(ROW, line.runLabel(), line.status(), line.start() == null ? "-" : TIME.format(line.start()),
                    line.duration().map(HistoryCommand::duration).orElse("-"),
                    counted ? count(line.metrics().rowsRead()) : "-", counted ? count(line.metrics().alerts()) : "-",
                    counted ? count(line.metrics().suggestions()) : "-",
                    counted ? count(line.metrics().discrepancies()) : "-",
                    counted ? count(line.metrics().rejects()) : "-");
        }
    }

    /** "0.4s", "12.3s", "4m05s", "1h02m". */
    static String duration(Duration duration) {
        long millis = Math.max(duration.toMillis(), 0);
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
