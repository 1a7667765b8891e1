package com.stockrecon.api.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.feeds.CanonicalFeedFormat;
import com.stockrecon.feeds.layout.FeedFormat;
import com.stockrecon.feeds.layout.FeedRow;
import com.stockrecon.feeds.layout.FeedRows;
import com.stockrecon.inputs.csv.CsvRecord;

/** A landed push is a feed file the run's own reader reads back exactly, whatever its SKUs hold. */
class FeedLandingTest {

    static final Instant AS_OF = Instant.parse("2026-11-25T21:00:00Z");

    @TempDir
    Path folder;

    @Test
    void skusWithQuotesCommasAndLineBreaksReadBackAsWritten() throws IOException {
        List<PushItemRules.Accepted> items = List.of(new PushItemRules.Accepted("A,\"1\"", 5),
                new PushItemRules.Accepted("B\nC", 0), new PushItemRules.Accepted("=SUM(1)", 999_999_999_999L));
        FeedLanding.land(folder, "api-1.csv", items, AS_OF);

        FeedFormat format = CanonicalFeedFormat.INSTANCE;
        assertThat(format.arrival(folder.resolve("api-1.csv")).isFeed()).isTrue();
        List<PushItemRules.Accepted> read = new ArrayList<>();
        try (FeedRows rows = format.open(folder.resolve("api-1.csv"), "feeds/S/api-1.csv", ZoneOffset.UTC)) {
            CsvRecord record;
            while ((record = rows.next()) != null) {
                assertThat(record.problem()).isNull();
                FeedRow row = rows.parse(record);
                assertThat(row.asOf()).isEqualTo(AS_OF);
                read.add(new PushItemRules.Accepted(row.sku(), row.quantity()));
            }
        }
        assertThat(read).isEqualTo(items);
        assertThat(names()).containsExactly("api-1.csv", "api-1.csv.sha256");
    }

    @Test
    void aLandedFileIsNeverReplaced() throws IOException {
        FeedLanding.land(folder, "api-2.csv", List.of(new PushItemRules.Accepted("A", 1)), AS_OF);
        byte[] first = Files.readAllBytes(folder.resolve("api-2.csv"));
        FeedLanding.land(folder, "api-2.csv", List.of(new PushItemRules.Accepted("A", 2)), AS_OF);
        assertThat(Files.readAllBytes(folder.resolve("api-2.csv"))).isEqualTo(first);
        assertThat(names()).containsExactly("api-2.csv", "api-2.csv.sha256");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
