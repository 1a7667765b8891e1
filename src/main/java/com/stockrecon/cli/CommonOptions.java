package com.stockrecon.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every command that reads job definitions shares. */
public class CommonOptions {

    @Option(names = "--job", paramLabel = "NAME", description = "Job definition to use: jobs/NAME.yml (default: ${DEFAULT-VALUE}).",
            defaultValue = "reconciliation")
    String job;

    @Option(names = "--jobs", paramLabel = "DIR", description = "Folder of job definitions (default: jobs/ of the installation).")
    Path jobsDir;

    @Option(names = "--stacktrace", description = "Print the full stack trace of a failure on stderr.")
    boolean stacktrace;

    /** The installation folder: where run.sh lives (STOCKRECON_HOME), else the working directory. */
    public static Path home() {
        String home = System.getProperty("stockrecon.home", System.getenv("STOCKRECON_HOME"));
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    public Path jobsDir() {
        if (jobsDir != null) {
            return jobsDir.toAbsolutePath().normalize();
        }
        Path local = Path.of("jobs").toAbsolutePath();
        return Files.isDirectory(home().resolve("jobs")) ? home().resolve("jobs") : local;
    }
}
