package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The refreshed line: step k of N, percent of the input's bytes, and time left at the pace so far. */
class ProgressLineTest {

    @Test
    void aQuarterReadInThreeSecondsLeavesNineSeconds() {
        assertThat(ProgressLine.of(5, 9, "readSales", 300_000, 3_000, 25, 100))
                .isEqualTo("[5/9] readSales         25%    300,000 rows   100,000 rows/s 3.0 s, 9.0 s left");
    }

    @Test
    void aStepWithoutInputFilesShowsRowsOnly() {
        assertThat(ProgressLine.of(8, 9, "reconcile", 20_000, 2_000, 0, 0))
                .isEqualTo("[8/9] reconcile            20,000 rows    10,000 rows/s 2.0 s");
    }

    @Test
    void nothingReadYetHasNoTimeLeftAndLongRunsShowMinutes() {
        assertThat(ProgressLine.of(2, 9, "readOnHand", 0, 500, 0, 1_000)).endsWith("0.5 s, ? left");
        assertThat(ProgressLine.clock(185_000)).isEqualTo("3:05");
        assertThat(ProgressLine.clock(3_725_000)).isEqualTo("1:02:05");
        assertThat(ProgressLine.of(1, 9, "readCatalog", 10, 1_000, 150, 100)).contains(" 100% ")
                .endsWith("0.0 s left");
    }
}
