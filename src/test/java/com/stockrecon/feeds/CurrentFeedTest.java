package com.stockrecon.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A supplier's current feed (§4): the latest as_of; on a tie the greater file name; no as_of loses. */
class CurrentFeedTest {

    @Test
    void theLatestAsOfWinsWhateverTheFileNames() {
        FeedFile older = file("z-older.csv", "2026-11-23T10:00:00Z");
        FeedFile newer = file("a-newer.csv", "2026-11-24T06:00:00Z");

        assertThat(CurrentFeed.of(List.of(older, newer))).contains(newer);
        assertThat(CurrentFeed.of(List.of(newer, older))).contains(newer);
    }

    @Test
    void aMillisecondLaterWins() {
        FeedFile first = file("b.csv", "2026-11-24T06:00:00.001Z");
        FeedFile second = file("a.csv", "2026-11-24T06:00:00Z");

        assertThat(CurrentFeed.of(List.of(second, first))).contains(first);
    }

    @Test
    void onATieTheGreaterFileNameWins() {
        FeedFile morning = file("stock-0600.csv", "2026-11-24T06:00:00Z");
        FeedFile resent = file("stock-0600b.csv", "2026-11-24T06:00:00Z");
        FeedFile upper = file("STOCK.csv", "2026-11-24T06:00:00Z");

        assertThat(CurrentFeed.of(List.of(resent, morning, upper))).contains(resent);
        assertThat(CurrentFeed.of(List.of(upper, morning))).contains(morning);
    }

    @Test
    void aFileWithoutAsOfLosesToAnyFileWithOne() {
        FeedFile empty = file("zzz-empty.csv", null);
        FeedFile old = file("a.csv", "2020-01-01T00:00:00Z");

        assertThat(CurrentFeed.of(List.of(empty, old))).contains(old);
        assertThat(CurrentFeed.of(List.of(old, empty))).contains(old);
    }

    @Test
    void amongFilesWithoutAsOfTheGreaterNameIsCurrent() {
        FeedFile a = file("a.csv", null);
        FeedFile b = file("b.csv", null);

        assertThat(CurrentFeed.of(List.of(b, a))).contains(b);
    }

    @Test
    void noFilesNoCurrentFeed() {
        assertThat(CurrentFeed.of(List.of())).isEmpty();
    }

    private static FeedFile file(String name, String asOf) {
        return new FeedFile(Path.of("feeds", "SUP1", name), "feeds/SUP1/" + name, name, 1, 0,
                asOf == null ? null : Instant.parse(asOf), null);
    }
}
