package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.scheduling.support.CommandInThisJvm;
import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.support.TestDatabases;

/** {@code schedule} refuses to start on a bad job definition, naming the file and the key (exit 2). */
class ScheduleCommandTest {

    @TempDir
    Path work;

    @Test
    void aBadCronExpressionStopsStartUpNamingTheFileAndTheKey() {
        Path file = JobDefinitionFiles.write(work, "nightly", "input: in\nschedule:\n  cron: \"0 30 25 * * ?\"\n");

        CommandInThisJvm.Result schedule = schedule();

        assertThat(schedule.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(schedule.stderr()).contains(file.toString(), "'schedule.cron'", "0 30 25 * * ?");
    }

    @Test
    void anUnknownPolicyKeyStopsStartUpNamingTheFileAndTheKey() {
        JobDefinitionFiles.write(work, "good", "input: in\nschedule:\n  cron: \"0 30 2 * * ?\"\n");
        Path bad = JobDefinitionFiles.write(work, "nightly",
                "input: in\nschedule:\n  cron: \"0 30 2 * * ?\"\npolicy:\n  window-dayz: 21\n");

        CommandInThisJvm.Result schedule = schedule();

        assertThat(schedule.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(schedule.stderr()).contains(bad.toString(), "policy.window-dayz");
    }

    @Test
    void jobsWithoutACronLeaveNothingToSchedule() {
        JobDefinitionFiles.write(work, "manual", "input: in\n");

        CommandInThisJvm.Result schedule = schedule();

        assertThat(schedule.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(schedule.stderr()).contains(work.toString(), "no job definition has a 'schedule.cron' key");
    }

    private CommandInThisJvm.Result schedule() {
        return CommandInThisJvm.run(TestDatabases.h2Url(), "sa", "schedule", "--jobs", work.toString());
    }
}
