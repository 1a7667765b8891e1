package com.stockrecon.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import com.stockrecon.api.http.ApiSettings;
import com.stockrecon.config.JobDefinition;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.ManagementEndpoints;
import com.stockrecon.operations.OperationsSettings;

/** {@code stockrecon serve}: the supplier API until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the supplier API (signed stock pushes, inventory queries) over HTTP until SIGTERM,"
                + " which lets requests in flight finish and exits 0.",
                "Pushes land as feed files in the input folder of the job's run for their business date."
                        + " Several serve processes may share one database, beside reconcile and schedule."})
public class ServeCommand implements Callable<Integer> {

    private static final Logger console = LoggerFactory.getLogger("stockrecon.progress");

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free).",
            defaultValue = "8080")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder pushes land in ({date}: the push's"
            + " business date; default: the job definition's input).")
    String input;

    @Option(names = "--rate-limit", paramLabel = "N", description = "Requests one key may make in 60 s"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    int rateLimit;

    @Option(names = "--management-port", paramLabel = "PORT", description = "Port of /actuator/health and"
            + " /actuator/prometheus (default: the API's port).")
    Integer managementPort;

    @Option(names = "--management-address", paramLabel = "ADDRESS", defaultValue = ManagementEndpoints.LOOPBACK,
            description = "Address a separate management port binds to (default: ${DEFAULT-VALUE}).")
    String managementAddress;

    @Override
    public Integer call() {
        Path jobs = common.jobsDir();
        JobDefinition definition = JobDefinitions.load(jobs, common.job);
        OperationsSettings.of(definition);
        if (rateLimit < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--rate-limit must be at least 1");
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        ProcessExit.onTerminate(stopRequested::countDown);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        properties.put("server.address", bind);
        properties.put(ApiSettings.PREFIX + "job", common.job);
        properties.put(ApiSettings.PREFIX + "jobs-dir", jobs.toString());
        properties.put(ApiSettings.PREFIX + "rate-limit", rateLimit);
        if (input != null) {
            properties.put(ApiSettings.PREFIX + "input", Path.of(input).toAbsolutePath().normalize().toString());
        }
        properties.putAll(ManagementEndpoints.besideApi(port, managementPort, managementAddress));
        try (ConfigurableApplicationContext context = AppContext.startServer(properties)) {
            context.getBean(JobOperations.class).register(definition);
            int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
            console.info("serving the supplier API of job {} on http://{}:{}/api/v1/", common.job, bind, actual);
            stopRequested.await();
            console.info("stopping: requests in flight finish first");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        console.info("server stopped");
        return ExitCodes.OK;
    }
}
