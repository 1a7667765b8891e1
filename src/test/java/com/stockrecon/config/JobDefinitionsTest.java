package com.stockrecon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job definitions in jobs/*.yml: what an operator edits, refused with the file and key when unusable. */
class JobDefinitionsTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 24);

    @TempDir
    Path home;

    private Path jobs;

    @BeforeEach
    void createJobsFolder() throws IOException {
        jobs = Files.createDirectory(home.resolve("jobs"));
    }

    @Test
    void theRepositorysReconciliationJobLoadsWithTheContractsDefaults() {
        Path repoJobs = Path.of("jobs");

        JobDefinition job = JobDefinitions.load(repoJobs, JobDefinitions.DEFAULT_JOB);

        assertThat(job.name()).isEqualTo("reconciliation");
        assertThat(job.input()).isEqualTo("sample-data");
        assertThat(job.reports()).isEqualTo("reports");
        assertThat(job.cron()).isEqualTo("0 30 2 * * ?");
        assertThat(job.policy().keySet()).containsExactlyInAnyOrderElementsOf(PolicyBinding.KEYS);
        assertThat(job.policy(Map.of())).isEqualTo(Policy.defaults());
        Path repo = Path.of("").toAbsolutePath();
        assertThat(job.inputDir(D)).isEqualTo(repo.resolve("sample-data"));
        assertThat(job.reportsDir()).isEqualTo(repo.resolve("reports"));
        assertThat(JobDefinitions.loadAll(repoJobs)).extracting(JobDefinition::name).contains("reconciliation");
    }

    @Test
    void theRepositorysExampleDefinitionIsValidAndNotScheduled() {
        JobDefinition example = JobDefinitions.load(Path.of("jobs", "examples", "store-nightly.yml"));

        assertThat(example.inputDir(D)).isEqualTo(Path.of("/srv/stockrecon/inbox/2026-11-24"));
        assertThat(example.cron()).isEqualTo("0 30 4 * * ?");
        assertThat(example.policy(Map.of()).zone()).hasToString("Europe/Paris");
        assertThat(JobDefinitions.loadAll(Path.of("jobs"))).extracting(JobDefinition::name)
                .doesNotContain("store-nightly");
    }

    @Test
    void aMinimalDefinitionNeedsOnlyItsInput() throws IOException {
        Path file = write("nightly", "input: inbox\n");

        JobDefinition job = JobDefinitions.load(jobs, "nightly");

        assertThat(job.file()).isEqualTo(file);
        assertThat(job.reports()).isEqualTo("reports");
        assertThat(job.cron()).isNull();
        assertThat(job.policy()).isEmpty();
        assertThat(job.policy(Map.of())).isEqualTo(Policy.defaults());
    }

    @Test
    void dateIsReplacedByTheBusinessDate() throws IOException {
        write("nightly", "input: /srv/inbox/{date}/files\nreports: /srv/reports\n");

        JobDefinition job = JobDefinitions.load(jobs, "nightly");

        assertThat(job.inputDir(D)).isEqualTo(Path.of("/srv/inbox/2026-11-24/files"));
        assertThat(job.reportsDir()).isEqualTo(Path.of("/srv/reports"));
    }

    @Test
    void relativePathsResolveAgainstTheFolderHoldingJobs() throws IOException {
        write("nightly", "input: inbox/{date}\nreports: ../shared/./reports\n");

        JobDefinition job = JobDefinitions.load(jobs, "nightly");

        assertThat(job.inputDir(D)).isEqualTo(home.resolve("inbox").resolve("2026-11-24"));
        assertThat(job.reportsDir()).isEqualTo(home.getParent().resolve("shared").resolve("reports"));
    }

    @Test
    void relativePathsDoNotDependOnHowTheJobsFolderWasNamed() throws IOException {
        write("nightly", "input: inbox\n");
        Path viaDots = home.resolve("jobs").resolve("..").resolve("jobs");

        assertThat(JobDefinitions.load(viaDots, "nightly").inputDir(D)).isEqualTo(home.resolve("inbox"));
    }

    @Test
    void policyValuesOfTheDefinitionAndTheCommandLineStackOnTheDefaults() throws IOException {
        write("nightly", """
                input: inbox
                policy:
                  window-days: 21
                  safety-factor: 2
                """);

        JobDefinition job = JobDefinitions.load(jobs, "nightly");
        Policy policy = job.policy(Map.of("safety-factor", "1.25", "zone", "Europe/Paris"));

        assertThat(job.policy(Map.of()).windowDays()).isEqualTo(21);
        assertThat(policy.windowDays()).isEqualTo(21);
        assertThat(policy.safetyFactor()).isEqualByComparingTo("1.25");
        assertThat(policy.zone().getId()).isEqualTo("Europe/Paris");
        assertThat(policy.reviewDays()).isEqualTo(14);
    }

    @Test
    void aMistypedCommandLineKeyIsRefused() throws IOException {
        write("nightly", "input: inbox\n");
        JobDefinition job = JobDefinitions.load(jobs, "nightly");

        assertThatThrownBy(() -> job.policy(Map.of("window-day", "21")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("policy.window-day: unknown key");
    }

    @Test
    void aQuartzCronIsKept() throws IOException {
        write("nightly", "input: inbox\nschedule:\n  cron: \"0 15 1 ? * MON-FRI\"\n");

        assertThat(JobDefinitions.load(jobs, "nightly").cron()).isEqualTo("0 15 1 ? * MON-FRI");
    }

    @Test
    void anUnknownKeyNamesTheFileAndTheKey() throws IOException {
        Path file = write("nightly", "input: inbox\ninptu: typo\n");

        assertRefused(file, file + ": unknown key 'inptu'");
    }

    @Test
    void anUnknownNestedKeyNamesItsWholePath() throws IOException {
        Path file = write("nightly", "input: inbox\nschedule:\n  corn: \"0 0 1 * * ?\"\n");

        assertRefused(file, file + ": unknown key 'schedule.corn'");
    }

    @Test
    void anUnknownPolicyKeyNamesTheFileAndTheKey() throws IOException {
        Path file = write("nightly", "input: inbox\npolicy:\n  windw-days: 21\n");

        assertRefused(file, file + ": unknown key 'policy.windw-days' (policy keys: window-days, ");
    }

    @Test
    void aBadPolicyValueNamesTheFileAndTheKey() throws IOException {
        Path file = write("nightly", "input: inbox\npolicy:\n  window-days: abc\n");

        assertRefused(file, file + ": policy.window-days: cannot use 'abc'");
    }

    @Test
    void aPolicyValueOutOfRangeNamesTheFileAndTheKey() throws IOException {
        Path file = write("nightly", "input: inbox\npolicy:\n  pack-size: 0\n");

        assertRefused(file, file + ": policy.pack-size must be at least 1");
    }

    @Test
    void aBadCronNamesTheFileAndTheKey() throws IOException {
        Path file = write("nightly", "input: inbox\nschedule:\n  cron: \"30 2 * * *\"\n");

        assertRefused(file, file + ": key 'schedule.cron': '30 2 * * *' is not a Quartz cron expression");
    }

    @Test
    void aMissingInputNamesTheFileAndTheKey() throws IOException {
        Path file = write("nightly", "reports: out\n");

        assertRefused(file, file + ": required key 'input' is missing");
    }

    @Test
    void aBlankInputIsMissing() throws IOException {
        Path file = write("nightly", "input:\nreports: out\n");

        assertRefused(file, file + ": required key 'input' is missing");
    }

    @Test
    void anEmptyFileHasNoInput() throws IOException {
        Path file = write("nightly", "");

        assertRefused(file, file + ": required key 'input' is missing");
    }

    @Test
    void brokenYamlNamesTheFile() throws IOException {
        Path file = write("nightly", "input: [inbox\n");

        assertRefused(file, file + ": not readable YAML: ");
    }

    @Test
    void aJobThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> JobDefinitions.load(jobs, "nightly"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(jobs.resolve("nightly.yml") + ": no such job definition");
    }

    @Test
    void aJobNameIsNotAPath() throws IOException {
        write("nightly", "input: inbox\n");
        Files.writeString(home.resolve("outside.yml"), "input: inbox\n");

        assertThatThrownBy(() -> JobDefinitions.load(jobs, "../outside"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageEndingWith(": no such job definition");
    }

    @Test
    void everyYmlFileOfTheFolderIsAJobInNameOrder() throws IOException {
        write("weekly", "input: weekly-inbox\n");
        write("nightly", "input: inbox\n");
        Files.writeString(jobs.resolve(".hidden.yml"), "input: x\n");
        Files.writeString(jobs.resolve("notes.txt"), "not a job\n");
        Files.createDirectory(jobs.resolve("archive.yml"));

        assertThat(JobDefinitions.loadAll(jobs)).extracting(JobDefinition::name).containsExactly("nightly", "weekly");
    }

    @Test
    void oneBadDefinitionStopsLoadingThemAll() throws IOException {
        write("nightly", "input: inbox\n");
        Path bad = write("weekly", "input: inbox\nbogus: 1\n");

        assertThatThrownBy(() -> JobDefinitions.loadAll(jobs))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(bad + ": unknown key 'bogus'");
    }

    @Test
    void aMissingJobsFolderIsNamed() {
        Path missing = home.resolve("nowhere");

        assertThatThrownBy(() -> JobDefinitions.loadAll(missing))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(missing + ": job definitions folder not found");
    }

    @Test
    void policyKeysMayUseTheContractsSpelling() throws IOException {
        write("nightly", "input: inbox\npolicy:\n  max_reject_ratio: 0.2\n  max-feed-age-hours: 72\n");

        JobDefinition job = JobDefinitions.load(jobs, "nightly");

        assertThat(job.policy(Map.of()).maxRejectRatio()).isEqualByComparingTo("0.2");
        assertThat(job.policy(Map.of("max_reject_ratio", "0.3")).maxRejectRatio()).as("-P in either spelling wins")
                .isEqualByComparingTo("0.3");
        assertThat(job.policy(Map.of()).maxFeedAgeHours()).isEqualTo(72);
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(jobs.resolve(name + ".yml"), yaml);
    }

    private static void assertRefused(Path file, String messageStart) {
        assertThatThrownBy(() -> JobDefinitions.load(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(messageStart);
    }
}
