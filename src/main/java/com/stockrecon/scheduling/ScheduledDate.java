package com.stockrecon.scheduling;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * The business date a scheduled fire reconciles: the date, in the job's zone, of the latest time its
 * cron expression names at or before the fire's scheduled time. On time that is the scheduled time
 * itself. After an outage Quartz fires a missed trigger once, "now" (misfire instruction fire once
 * now), and the date is still that of the last night it missed, not the day it was started again.
 */
final class ScheduledDate {

    private ScheduledDate() {
    }

    static LocalDate of(String cron, ZoneId zone, Instant scheduledFireTime) {
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a cron expression: " + cron, e);
        }
        expression.setTimeZone(TimeZone.getTimeZone(zone));
        // getTimeBefore is strictly before and cron has whole seconds: ask for the second after.
        Instant justAfter = scheduledFireTime.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Date due = expression.getTimeBefore(Date.from(justAfter));
        Instant dueTime = due == null ? scheduledFireTime : due.toInstant();
        return LocalDate.ofInstant(dueTime, zone);
    }
}
