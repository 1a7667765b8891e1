package com.stockrecon.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.stockrecon.config.JobDefinition;
import com.stockrecon.runs.RunHistory.ExecutionLine;
import com.stockrecon.scheduling.JobSchedule.Change;
import com.stockrecon.scheduling.JobSchedule.Registered;
import com.stockrecon.scheduling.support.SchedulerTestSupport;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.ReportFiles;

/** A cron trigger fires the reconciliation job for the date of its fire time in the job's zone, once per date. */
abstract class CronTriggerFiresJobTest extends SchedulerTestSupport {

    /** UTC+14: its date differs from UTC's fourteen hours a day, so a date taken in the wrong zone shows. */
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @Test
    void aShortCronFiresTheJobWhichReconcilesTheDateOfTheFireOnceAndPublishes() throws Exception {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));
        JobDefinition definition = definition(input, "0/2 * * * * ?", KIRITIMATI.getId());

        List<Registered> registered = schedule().register(List.of(definition));
        LocalDate before = LocalDate.now(KIRITIMATI);
        schedule().start();
        List<ExecutionLine> executions = awaitExecutions(
                lines -> lines.stream().anyMatch(line -> "COMPLETED".equals(line.status())), Duration.ofSeconds(90));
        LocalDate after = LocalDate.now(KIRITIMATI);
        // later fires of the same date find it completed and do not run it again
        Thread.sleep(5000);

        assertThat(registered).extracting(Registered::change).containsExactly(Change.ADDED);
        LocalDate date = executions.get(0).businessDate();
        assertThat(date).isIn(before, after);
        assertThat(history.executions(job, 100)).extracting(ExecutionLine::runLabel, ExecutionLine::status)
                .containsExactly(tuple(date.toString(), "COMPLETED"));
        Path reports = work.resolve("reports").resolve(date.toString());
        assertThat(ReportFiles.summary(reports).path("run_id").asString()).isEqualTo(date.toString());
        assertThat(ReportFiles.summary(reports).path("job").asString()).isEqualTo(job);
    }
}
