package com.stockrecon.feeds.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.stockrecon.findings.RowRejected;

/** as_of in a supplier's own date-time pattern and zone. */
class AsOfTextTest {

    private static final ZoneId RUN_ZONE = ZoneOffset.UTC;

    @Test
    void aPatternWithoutOffsetIsReadInTheDefinitionsZone() {
        AsOfText berlin = new AsOfText("dd.MM.yyyy HH:mm", ZoneId.of("Europe/Berlin"));

        assertThat(berlin.parse("24.11.2026 06:00", "Stand", RUN_ZONE)).isEqualTo(Instant.parse("2026-11-24T05:00:00Z"));
        assertThat(berlin.parse("01.07.2026 06:00", "Stand", RUN_ZONE)).isEqualTo(Instant.parse("2026-07-01T04:00:00Z"));
    }

    @Test
    void withoutAZoneOfItsOwnTheRunsZoneApplies() {
        AsOfText text = new AsOfText("yyyyMMdd HHmmss", null);

        assertThat(text.parse("20261124 063000", "as_of", ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-11-24T11:30:00Z"));
    }

    @Test
    void aDateOnlyPatternIsThatDaysMidnight() {
        AsOfText text = new AsOfText("dd/MM/uuuu", ZoneId.of("Europe/Paris"));

        assertThat(text.parse("24/11/2026", "date", RUN_ZONE)).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
    }

    @Test
    void anOffsetInTheValueWinsOverTheZone() {
        AsOfText text = new AsOfText("yyyy-MM-dd HH:mm XXX", ZoneId.of("Europe/Berlin"));

        assertThat(text.parse("2026-11-24 06:00 -05:00", "as_of", RUN_ZONE)).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
    }

    @Test
    void withoutAPatternTheContractsIsoFormsApply() {
        AsOfText iso = new AsOfText(null, ZoneId.of("Europe/Berlin"));

        assertThat(iso.parse("2026-11-24T06:00:00+01:00", "as_of", RUN_ZONE)).isEqualTo(Instant.parse("2026-11-24T05:00:00Z"));
        assertThat(iso.parse("2026-11-24", "as_of", RUN_ZONE)).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
    }

    @Test
    void aValueOutsideThePatternOrNotADateIsRejected() {
        AsOfText text = new AsOfText("dd.MM.yyyy HH:mm", null);

        assertThatThrownBy(() -> text.parse("2026-11-24 06:00", "Stand", RUN_ZONE))
                .isInstanceOf(RowRejected.class)
                .hasMessage("Stand: '2026-11-24 06:00' is not a date-time in the pattern 'dd.MM.yyyy HH:mm'");
        assertThatThrownBy(() -> text.parse("31.02.2026 06:00", "Stand", RUN_ZONE)).isInstanceOf(RowRejected.class);
        assertThatThrownBy(() -> text.parse("", "Stand", RUN_ZONE)).hasMessage("Stand: required cell is empty");
    }

    @Test
    void aPatternThatCannotReadAWholeDateOrTimeIsRefused() {
        assertThatThrownBy(() -> AsOfText.compile("HH:mm")).hasMessageContaining("does not read a whole date");
        assertThatThrownBy(() -> AsOfText.compile("MM/yyyy")).hasMessageContaining("does not read a whole date");
        assertThatThrownBy(() -> AsOfText.compile("dd.MM.yyyy hh:mm")).hasMessageContaining("whole time of day");
        assertThatThrownBy(() -> AsOfText.compile("dd.MM.yyyy bb")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AsOfText.compile("dd.MM.yyyy hh:mm a")).isNotNull();
        assertThat(AsOfText.compile("'Stand' dd.MM.yyyy")).isNotNull();
    }
}
