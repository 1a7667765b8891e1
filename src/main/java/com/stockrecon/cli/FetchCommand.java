package com.stockrecon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.config.JobDefinition;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.feeds.layout.SupplierFeedDefinition;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;
import com.stockrecon.fetch.FetchOutcome;
import com.stockrecon.fetch.FetchResult;
import com.stockrecon.fetch.SupplierFetches;

/** {@code stockrecon fetch}: pulls the feeds of suppliers that publish their stock at a URL, without a run. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetches the feeds of the suppliers whose definitions (jobs/suppliers/<id>.yml) have a fetch:"
                + " section into the date's input folder, as reconcile does before it reads the feeds.",
                "Exit code: 0 when every fetch brought a file or found the feed unchanged, 1 when one failed."})
public class FetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Business date D: its input folder is fetched into (default: today in the job's time zone).")
    LocalDate date;

    @Option(names = "--supplier", paramLabel = "ID", description = "Fetch this supplier only.")
    String supplier;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder (default: the job definition's input).")
    Path input;

    @Override
    public Integer call() {
        JobDefinition definition = JobDefinitions.load(common.jobsDir(), common.job);
        SupplierFeedDefinitions definitions = SupplierFeedDefinitions.load(common.jobsDir());
        List<SupplierFeedDefinition> fetching = SupplierFetches.fetching(definitions, definitions.suppliers());
        if (supplier != null && fetching.stream().noneMatch(d -> d.supplier().equals(supplier))) {
            throw new ConfigurationException("--supplier " + supplier + ": no definition "
                    + common.jobsDir().resolve(SupplierFeedDefinitions.FOLDER).resolve(supplier + ".yml")
                    + " with a fetch: section");
        }
        LocalDate businessDate = date != null ? date : LocalDate.now(definition.policy(Map.of()).zone());
        Path inputDir = input != null ? input.toAbsolutePath().normalize() : definition.inputDir(businessDate);
        PrintWriter out = spec.commandLine().getOut();
        if (fetching.isEmpty()) {
            out.println("No supplier definition in " + common.jobsDir().resolve(SupplierFeedDefinitions.FOLDER)
                    + " has a fetch: section.");
            out.flush();
            return ExitCodes.OK;
        }
        List<String> suppliers = supplier != null ? List.of(supplier)
                : fetching.stream().map(SupplierFeedDefinition::supplier).toList();
        try (ConfigurableApplicationContext context = AppContext.start(false, Map.of())) {
            List<FetchResult> results = context.getBean(SupplierFetches.class).now(definitions, suppliers, inputDir);
            for (FetchResult result : results) {
                out.println(result.supplier() + ": " + result.describe());
            }
            out.flush();
            return results.stream().anyMatch(result -> result.outcome() == FetchOutcome.FAILED) ? ExitCodes.FAILED
                    : ExitCodes.OK;
        }
    }
}
