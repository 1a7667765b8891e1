package com.stockrecon.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.stockrecon.config.JobDefinition;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;

/**
 * The schedule in Quartz's job store: one durable Quartz job per scheduled job definition and one
 * cron trigger for it, in the job's time zone, that fires a missed night once ("fire once now").
 * Registering again at every start-up keeps a trigger whose cron and zone did not change, with the
 * next fire time it had, so a night missed while no scheduler ran is still seen as missed; a
 * changed trigger is replaced, a job no longer scheduled is removed.
 */
public final class JobSchedule {

    static final String GROUP = "stockrecon";
    static final String RESUME_GROUP = "stockrecon-resume";

    private final Scheduler scheduler;
    private final TransactionTemplate transactions;
    private final ScheduledJobs served;

    public JobSchedule(Scheduler scheduler, PlatformTransactionManager transactionManager, ScheduledJobs served) {
        this.scheduler = scheduler;
        this.transactions = new TransactionTemplate(transactionManager);
        this.served = served;
    }

    /** The schedule of a context started with Quartz (the {@code schedule} command's). */
    public static JobSchedule of(ApplicationContext context) {
        return new JobSchedule(context.getBean(Scheduler.class), context.getBean(PlatformTransactionManager.class),
                context.getBean(ScheduledJobs.class));
    }

    /** What registration did with a job's trigger, and when it fires next. */
    public record Registered(JobDefinition definition, ZoneId zone, Change change, Date nextFireTime) {
    }

    public enum Change {
        ADDED, KEPT, REPLACED
    }

    /**
     * Puts the definitions with a cron in the job store. Quartz's JDBC store works inside the
     * caller's transaction; two nodes starting together race on the same rows, so a failed attempt
     * is tried once more, and then sees the other node's work.
     */
    public List<Registered> register(List<JobDefinition> scheduled) throws SchedulerException {
        return register(scheduled, SupplierFeedDefinitions.loadFolder(null));
    }

    /** As {@link #register(List)}, the jobs reading supplier feeds as {@code suppliers} define them. */
    public List<Registered> register(List<JobDefinition> scheduled, SupplierFeedDefinitions suppliers)
            throws SchedulerException {
        served.serve(scheduled, suppliers);
        try {
            return registerOnce(scheduled);
        } catch (SchedulerException | DataAccessException first) {
            return registerOnce(scheduled);
        }
    }

    /** Starts firing: missed triggers are found and fired once, others wait for their time. */
    public void start() throws SchedulerException {
        scheduler.start();
    }

    /**
     * Stops firing, waits for the fires in progress to end (a stop request makes a run stop at its
     * next safe point; it leaves a resume trigger behind), then shuts the scheduler down.
     */
    public void shutdown() throws SchedulerException, InterruptedException {
        scheduler.standby();
        while (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
            Thread.sleep(100);
        }
        scheduler.shutdown(true);
    }

    public String instanceId() throws SchedulerException {
        return scheduler.getSchedulerInstanceId();
    }

    private List<Registered> registerOnce(List<JobDefinition> scheduled) throws SchedulerException {
        try {
            return transactions.execute(status -> registerInTransaction(scheduled));
        } catch (RegistrationFailed e) {
            throw e.schedulerException();
        }
    }

    private List<Registered> registerInTransaction(List<JobDefinition> scheduled) {
        try {
            Set<String> names = scheduled.stream().map(JobDefinition::name).collect(Collectors.toSet());
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                if (!names.contains(key.getName())) {
                    scheduler.deleteJob(key);
                }
            }
            List<Registered> registered = new ArrayList<>();
            for (JobDefinition definition : scheduled) {
                registered.add(registerOne(definition));
            }
            return registered;
        } catch (SchedulerException e) {
            throw new RegistrationFailed(e);
        }
    }

    private Registered registerOne(JobDefinition definition) throws SchedulerException {
        ZoneId zone = definition.policy(Map.of()).zone();
        JobKey jobKey = jobKey(definition.name());
        JobDetail job = JobBuilder.newJob(ScheduledReconciliation.class)
                .withIdentity(jobKey)
                .withDescription("StockRecon job " + definition.file().getFileName())
                .storeDurably()
                .requestRecovery()
                .build();
        scheduler.addJob(job, true);
        TriggerKey triggerKey = TriggerKey.triggerKey(definition.name(), GROUP);
        Trigger existing = scheduler.getTrigger(triggerKey);
        if (existing instanceof CronTrigger cron && cron.getCronExpression().equals(definition.cron())
                && cron.getTimeZone().getID().equals(zone.getId())
                && cron.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW) {
            return new Registered(definition, zone, Change.KEPT, existing.getNextFireTime());
        }
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(triggerKey)
                .forJob(jobKey)
                .withSchedule(CronScheduleBuilder.cronSchedule(definition.cron())
                        .inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        if (existing == null) {
            return new Registered(definition, zone, Change.ADDED, scheduler.scheduleJob(trigger));
        }
        return new Registered(definition, zone, Change.REPLACED, scheduler.rescheduleJob(triggerKey, trigger));
    }

    /** A one-shot trigger that finishes the stopped run of the date; a missed one fires once, now. */
    static void scheduleResume(Scheduler scheduler, String jobName, LocalDate date) throws SchedulerException {
        Trigger resume = TriggerBuilder.newTrigger()
                .withIdentity(jobName + "@" + date + "@" + System.currentTimeMillis(), RESUME_GROUP)
                .forJob(jobKey(jobName))
                .usingJobData(ScheduledReconciliation.RESUME_DATE, date.toString())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .startNow()
                .build();
        try {
            scheduler.scheduleJob(resume);
        } catch (ObjectAlreadyExistsException sameMillisecond) {
            // a resume of the same run was just left; one is enough
        }
    }

    static JobKey jobKey(String jobName) {
        return JobKey.jobKey(jobName, GROUP);
    }

    /** A scheduler call that failed inside the registration transaction. */
    private static final class RegistrationFailed extends RuntimeException {

        RegistrationFailed(SchedulerException cause) {
            super(cause.getMessage(), cause);
        }

        SchedulerException schedulerException() {
            return (SchedulerException) getCause();
        }
    }
}
