package com.stockrecon.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.stockrecon.operations.AlertRules;
import com.stockrecon.operations.AlertSettings;
import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.OperationsSettings;
import com.stockrecon.runs.RunFinished;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.support.H2JobTestSupport;

/**
 * A run that failed before its first step (RunLauncher could not even start the job: no execution)
 * still sends run-failed, published the way RunLauncher publishes it; and a run where no rule holds
 * sends nothing.
 */
class RunFailedBeforeFirstStepJobTest extends H2JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Autowired
    JobOperations operations;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runFailedGoesOutWithoutAnExecution() throws Exception {
        Path stdin = work.resolve("alert.json");
        operations.register(new OperationsSettings(job, null, Duration.ofHours(26), 500, new AlertSettings(List.of(),
                List.of("cat > '" + stdin + "'"), new AlertRules(true, 10L, null, null, false, Map.of()),
                Duration.ofSeconds(5), 0)));
        RunRequest request = new RunRequest(job, D, work.resolve("in"), work.resolve("reports"), policy(Map.of()),
                false);

        events.publishEvent(new RunFinished(request, new RunOutcome(RunOutcome.Result.FAILED,
                "cannot reach the job repository", null, null)));

        JsonNode alert = JsonMapper.builder().build().readTree(Files.readString(stdin));
        assertThat(alert.path("job").asString()).isEqualTo(job);
        assertThat(alert.path("business_date").asString()).isEqualTo("2026-11-24");
        assertThat(alert.path("run_id").asString()).isEqualTo("2026-11-24");
        assertThat(alert.path("status").asString()).isEqualTo("failed");
        assertThat(alert.path("conditions").get(0).path("rule").asString()).isEqualTo("run-failed");
        assertThat(alert.path("conditions").get(0).path("message").asString())
                .isEqualTo("the run failed: cannot reach the job repository");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_delivery WHERE job_name = ? AND delivered",
                Integer.class, job)).isEqualTo(1);

        Files.delete(stdin);
        events.publishEvent(new RunFinished(request, new RunOutcome(RunOutcome.Result.STOPPED, "stopped", null,
                null)));
        assertThat(stdin).doesNotExist();
    }
}
