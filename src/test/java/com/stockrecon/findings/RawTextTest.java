package com.stockrecon.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawTextTest {

    @Test
    void textThatFitsASpreadsheetCellIsKeptAsItIs() {
        String text = "x".repeat(RawText.MAX_CHARS);

        assertThat(RawText.capped(text)).isSameAs(text);
    }

    @Test
    void longerTextIsCutWithAVisibleMarkerLeavingRoomForTheFormulaGuard() {
        String capped = RawText.capped("=" + "x".repeat(100_000));

        assertThat(capped).hasSize(RawText.MAX_CHARS).startsWith("=xxx").endsWith(RawText.CUT_MARKER);
        assertThat(("'" + capped).length()).isEqualTo(32_767);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        int keep = RawText.MAX_CHARS - RawText.CUT_MARKER.length();
        String text = "x".repeat(keep - 1) + "\uD83D\uDE00" + "y".repeat(10);

        String capped = RawText.capped(text);

        assertThat(capped).isEqualTo("x".repeat(keep - 1) + RawText.CUT_MARKER);
    }

    @Test
    void aLongCellQuotedInAReasonIsCutWithItsLength() {
        assertThat(RowRejected.quoted("12")).isEqualTo("'12'");
        assertThat(RowRejected.quoted("9".repeat(5000)))
                .isEqualTo("'" + "9".repeat(RowRejected.QUOTED_CHARS) + "[...]' (5000 characters)");
    }
}
