package com.stockrecon.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import com.stockrecon.config.JobDefinition;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.health.ComponentHealth;
import com.stockrecon.health.DriverConnections;
import com.stockrecon.health.HealthChecks;
import com.stockrecon.operations.OperationsSettings;

/** {@code stockrecon health}: one line per component, for a probe; exit 0 when all are UP. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Checks what a night's run needs: the database (answers within 5 s), the last completed"
                + " run (not older than health.max-run-age-hours, default 26), today's input folder, free space"
                + " where reports go (health.min-free-mb, default 500).",
                "Prints 'name: UP|DOWN detail' per component. Exit code: 0 all UP, 1 one is DOWN, 2 bad usage."})
public class HealthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        JobDefinition definition = JobDefinitions.load(common.jobsDir(), common.job);
        OperationsSettings settings = OperationsSettings.of(definition);
        List<ComponentHealth> components = HealthChecks.check(definition, settings,
                DriverConnections.fromEnvironment((int) HealthChecks.DATABASE_TIMEOUT.toSeconds()),
                Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        components.forEach(component -> out.println(component.line()));
        out.flush();
        return components.stream().allMatch(ComponentHealth::up) ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
