package com.stockrecon.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import com.stockrecon.config.JobDefinition;
import com.stockrecon.runs.RunHistory.ExecutionLine;
import com.stockrecon.scheduling.JobSchedule.Change;
import com.stockrecon.scheduling.JobSchedule.Registered;
import com.stockrecon.scheduling.support.SchedulerTestSupport;
import com.stockrecon.support.Fixtures;

/**
 * A scheduler that was down for several nights runs the missed night once when it starts again, not
 * once per missed night, and reconciles the last night it missed.
 */
abstract class MisfireOnStartUpTest extends SchedulerTestSupport {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String NIGHTLY = "0 30 4 * * ?";

    @Test
    void threeMissedNightsRunOnceAtStartUpForTheLastOfThem() throws Exception {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));
        JobDefinition definition = definition(input, NIGHTLY, PARIS.getId());
        schedule().register(List.of(definition));
        ZonedDateTime lastNight = lastNightlyFireBefore(ZonedDateTime.now(PARIS));
        ZonedDateTime firstMissed = lastNight.minusDays(2);
        // What the job store holds after three nights without a scheduler: the trigger still waits for
        // the first night it missed, and last fired the night before.
        int updated = jdbc.update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ?, PREV_FIRE_TIME = ?"
                + " WHERE TRIGGER_NAME = ? AND TRIGGER_GROUP = ?", firstMissed.toInstant().toEpochMilli(),
                firstMissed.minusDays(1).toInstant().toEpochMilli(), job, JobSchedule.GROUP);

        List<Registered> atStartUp = schedule().register(List.of(definition));
        schedule().start();
        awaitExecutions(lines -> !lines.isEmpty() && lines.get(0).end() != null, Duration.ofSeconds(90));
        Thread.sleep(5000);

        assertThat(updated).isEqualTo(1);
        assertThat(atStartUp).singleElement().satisfies(registered -> {
            assertThat(registered.change()).isEqualTo(Change.KEPT);
            assertThat(registered.nextFireTime().toInstant()).isEqualTo(firstMissed.toInstant());
        });
        assertThat(history.executions(job, 100)).extracting(ExecutionLine::runLabel, ExecutionLine::status)
                .containsExactly(tuple(lastNight.toLocalDate().toString(), "COMPLETED"));
        Trigger trigger = context.getBean(Scheduler.class).getTrigger(TriggerKey.triggerKey(job, JobSchedule.GROUP));
        assertThat(trigger.getNextFireTime().toInstant()).isEqualTo(lastNight.plusDays(1).toInstant());
    }

    private static ZonedDateTime lastNightlyFireBefore(ZonedDateTime now) {
        ZonedDateTime today = now.with(LocalTime.of(4, 30)).withNano(0);
        return today.isAfter(now) ? today.minusDays(1) : today;
    }
}
