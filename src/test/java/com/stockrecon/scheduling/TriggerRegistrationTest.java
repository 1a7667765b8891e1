package com.stockrecon.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.stockrecon.config.JobDefinition;
import com.stockrecon.scheduling.JobSchedule.Change;
import com.stockrecon.scheduling.JobSchedule.Registered;
import com.stockrecon.scheduling.support.SchedulerTestSupport;
import com.stockrecon.support.TestDatabases;

/**
 * Start-up registers the scheduled job definitions again: an unchanged trigger is kept with the fire
 * it is waiting for (so a missed night stays missed), a changed cron or zone replaces it, a job no
 * longer scheduled goes.
 */
class TriggerRegistrationTest extends SchedulerTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry);
    }

    @Test
    void anUnchangedTriggerIsKeptWithTheFireItWaitsFor() throws Exception {
        JobDefinition nightly = definition(work.resolve("input"), "0 30 2 * * ?", "UTC");
        assertThat(schedule().register(List.of(nightly))).extracting(Registered::change).containsExactly(Change.ADDED);
        long missed = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        jdbc.update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ?", missed, job);

        List<Registered> again = schedule().register(List.of(nightly));

        assertThat(again).singleElement().satisfies(registered -> {
            assertThat(registered.change()).isEqualTo(Change.KEPT);
            assertThat(registered.nextFireTime().getTime()).isEqualTo(missed);
        });
    }

    @Test
    void aChangedCronOrZoneReplacesTheTrigger() throws Exception {
        Path input = work.resolve("input");
        schedule().register(List.of(definition(input, "0 30 2 * * ?", "UTC")));

        List<Registered> newCron = schedule().register(List.of(definition(input, "0 45 3 * * ?", "UTC")));
        List<Registered> newZone = schedule().register(List.of(definition(input, "0 45 3 * * ?", "Asia/Tokyo")));

        assertThat(newCron).extracting(Registered::change).containsExactly(Change.REPLACED);
        assertThat(newZone).extracting(Registered::change).containsExactly(Change.REPLACED);
        CronTrigger trigger = (CronTrigger) context.getBean(Scheduler.class)
                .getTrigger(TriggerKey.triggerKey(job, JobSchedule.GROUP));
        assertThat(trigger.getCronExpression()).isEqualTo("0 45 3 * * ?");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Tokyo");
        assertThat(trigger.getNextFireTime()).isInTheFuture();
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    @Test
    void aJobNoLongerScheduledIsRemoved() throws Exception {
        JobDefinition nightly = definition(work.resolve("input"), "0 30 2 * * ?", "UTC");
        schedule().register(List.of(nightly));

        List<Registered> none = schedule().register(List.of());

        assertThat(none).isEmpty();
        Scheduler scheduler = context.getBean(Scheduler.class);
        assertThat(scheduler.checkExists(JobKey.jobKey(job, JobSchedule.GROUP))).isFalse();
        assertThat(scheduler.checkExists(TriggerKey.triggerKey(job, JobSchedule.GROUP))).isFalse();
    }
}
