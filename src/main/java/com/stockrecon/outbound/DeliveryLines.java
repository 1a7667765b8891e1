package com.stockrecon.outbound;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import com.stockrecon.outbound.Deliveries.DeliveryReport;
import com.stockrecon.outbound.ledger.DeliveryCounts;
import com.stockrecon.outbound.ledger.DeliveryLedger;
import com.stockrecon.outbound.ledger.DeliveryLedger.RunDeliveries;
import com.stockrecon.outbound.ledger.DeliveryLedger.UndeliveredTarget;

/** How deliveries read on the console: after a run, in {@code status} and in {@code history}. */
public final class DeliveryLines {

    private static final String HISTORY_ROW = "%-20s %10s %8s %8s%n";

    private DeliveryLines() {
    }

    public static String summary(DeliveryReport report) {
        return counts(report.total()) + (report.problem() == null ? "" : "; " + report.problem());
    }

    public static String counts(DeliveryCounts counts) {
        return String.format(Locale.ROOT, "%,d delivered, %,d failed, %,d pending", counts.delivered(),
                counts.failed(), counts.pending());
    }

    /** The deliveries lines of {@code status}: counts, then each target not fully delivered. */
    public static void printStatus(DeliveryLedger ledger, String jobName, java.time.LocalDate date, PrintWriter out) {
        ledger.latestCompletedRun(jobName, date).ifPresent(run -> {
            DeliveryCounts counts = ledger.counts(run.runId());
            if (counts.total() == 0) {
                return;
            }
            out.printf("  %-10s %s%n", "deliveries", counts(counts));
            List<UndeliveredTarget> failed = ledger.undeliveredTargets(run.runId());
            for (UndeliveredTarget target : failed) {
                out.printf("    %-18s %,d not delivered: %s%n", target.target(), target.messages(),
                        target.lastError() == null ? "pending" : target.lastError());
            }
            if (!failed.isEmpty()) {
                out.printf("  %-10s ./run.sh deliver --date %s --job %s%n", "resend", date, jobName);
            }
        });
    }

    /** The deliveries table of {@code history}, when any run of the job sent anything. */
    public static void printHistory(DeliveryLedger ledger, String jobName, int limit, PrintWriter out) {
        List<RunDeliveries> runs = ledger.history(jobName, limit);
        if (runs.isEmpty()) {
            return;
        }
        out.println();
        out.printf(HISTORY_ROW, "deliveries of", "delivered", "failed", "pending");
        for (RunDeliveries run : runs) {
            out.printf(HISTORY_ROW, run.runLabel(), String.format(Locale.ROOT, "%,d", run.counts().delivered()),
                    String.format(Locale.ROOT, "%,d", run.counts().failed()),
                    String.format(Locale.ROOT, "%,d", run.counts().pending()));
        }
    }
}
