package com.stockrecon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** partitions.count and partitions.remote in a job definition, and the command line over them. */
class PartitionPlanTest {

    @TempDir
    Path jobs;

    @Test
    void aDefinitionWithoutPartitionsRunsThemOnLocalThreadsOnePerCore() throws IOException {
        assertThat(define("input: in\n").partitions()).isEqualTo(new PartitionPlan(0, false));
    }

    @Test
    void aDefinitionCanAskForRemotePartitions() throws IOException {
        JobDefinition definition = define("input: in\npartitions:\n  count: 4\n  remote: true\n");

        assertThat(definition.partitions()).isEqualTo(new PartitionPlan(4, true));
    }

    @Test
    void theCommandLineWinsOverTheDefinitionAndRemoteIsNeverTurnedOffByOmission() {
        PartitionPlan defined = new PartitionPlan(4, true);

        assertThat(defined.overriddenBy(2, false)).isEqualTo(new PartitionPlan(2, true));
        assertThat(PartitionPlan.LOCAL.overriddenBy(null, true)).isEqualTo(new PartitionPlan(0, true));
    }

    @Test
    void aBadValueNamesTheFileAndTheKey() throws IOException {
        assertThatThrownBy(() -> define("input: in\npartitions:\n  count: many\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("nightly.yml").hasMessageContaining("'partitions.count': 'many'");
        assertThatThrownBy(() -> define("input: in\npartitions:\n  remote: maybe\n"))
                .hasMessageContaining("'partitions.remote': 'maybe' is not true or false");
    }

    private JobDefinition define(String yaml) throws IOException {
        Path file = jobs.resolve("nightly.yml");
        Files.writeString(file, yaml);
        return JobDefinitions.load(file);
    }
}
