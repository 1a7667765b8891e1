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
import com.stockrecon.outbound.Deliveries;
import com.stockrecon.outbound.Deliveries.DeliveryReport;
import com.stockrecon.outbound.DeliveryLines;
import com.stockrecon.outbound.OutboundSettings;
import com.stockrecon.outbound.ledger.DeliveryCounts;

/** {@code stockrecon deliver}: sends again what the date's completed run has not delivered. */
@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = {"Sends what the newest completed run of a date has not delivered yet (failed or left pending"
                + " by a killed process), with the same webhook ids; delivered messages are not sent again.",
                "Exit code: 0 all delivered, 1 something is still not delivered or the date has no completed run,"
                        + " 3 another process is running or delivering the date."})
public class DeliverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "Business date D.")
    LocalDate date;

    @Option(names = "--target", paramLabel = "NAME",
            description = "Only this target: a distributor's id, or orders.<supplier_id>.")
    String target;

    @Override
    public Integer call() {
        JobDefinitions.load(common.jobsDir(), common.job);
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = AppContext.start(false,
                Map.of(OutboundSettings.JOBS_DIR, common.jobsDir()))) {
            Optional<DeliveryReport> report = context.getBean(Deliveries.class).deliver(common.job, date,
                    common.jobsDir(), target);
            if (report.isEmpty()) {
                System.err.println("stockrecon: " + common.job + " " + date + " has no completed run; nothing to deliver");
                return ExitCodes.FAILED;
            }
            DeliveryReport done = report.get();
            done.byTarget().forEach((name, counts) -> out.printf("%-24s %s%n", name, DeliveryLines.counts(counts)));
            out.println("deliveries: " + DeliveryLines.summary(done));
            out.flush();
            if (done.busy()) {
                return ExitCodes.BUSY;
            }
            DeliveryCounts counts = target == null ? done.total() : done.byTarget().get(target);
            return counts.undelivered() == 0 && done.problem() == null ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
