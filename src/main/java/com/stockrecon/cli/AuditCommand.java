package com.stockrecon.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import com.stockrecon.api.audit.AuditEntry;
import com.stockrecon.api.audit.AuditLog;

/** {@code stockrecon audit}: the supplier API's refusals and accepted pushes. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Lists the supplier API's audit rows, oldest first: every refusal and every accepted push.")
public class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "T", description = "From this time: an ISO instant (2026-11-24T05:00:00Z)"
            + " or a date (its midnight UTC).")
    String since;

    @Option(names = "--supplier", paramLabel = "S", description = "Rows of this supplier only.")
    String supplier;

    @Override
    public Integer call() {
        Instant from = since == null ? null : instant(since);
        try (ConfigurableApplicationContext context = AppContext.start(false, Map.of())) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("time\tkey\tsupplier\tremote\trequest\tevent\tdetail");
            for (AuditEntry entry : context.getBean(AuditLog.class).list(from, supplier)) {
                out.println(String.join("\t", entry.at().toString(), dash(entry.keyPrefix()), dash(entry.supplierId()),
                        dash(entry.remoteAddress()), entry.requestId(), entry.event(), dash(entry.detail())));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--since: '" + text + "' is not an ISO instant or date");
        }
    }

    private static String dash(String text) {
        return text == null ? "-" : text.replace('\t', ' ');
    }
}
