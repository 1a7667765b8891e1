package com.stockrecon.feeds.layout;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import com.stockrecon.inputs.csv.CsvReader;

/** How one supplier's feed files are named, when they may be read, and how they are laid out. */
public interface FeedFormat {

    /** Whether a file in the supplier's folder is a feed that has fully arrived. */
    FeedArrival arrival(Path file);

    /** Opens a feed file; throws {@link FeedUnreadable} when it cannot be read as this layout at all. */
    FeedRows open(Path file, String source, ZoneId zone);

    /** What the fingerprint of the feeds step includes about this format. */
    String describe();

    /**
     * The records after the header of a file that cannot be read as a feed, split as well as this
     * layout allows, so that each can be rejected with its line.
     */
    default CsvReader openRecords(Path file) throws IOException {
        CsvReader reader = CsvReader.canonical(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        reader.next();
        return reader;
    }

    /** Whether the feed names the supplier's own codes, matched on the catalog's supplier_sku. */
    default boolean matchesOnSupplierSku() {
        return false;
    }

    /**
     * A file's state on arrival: not a feed, a feed still arriving (waiting for its marker or
     * checksum), a feed to read, or a feed that arrived broken.
     */
    record FeedArrival(boolean isFeed, String invalidReason, String waitingFor) {

        public static final FeedArrival NOT_A_FEED = new FeedArrival(false, null, null);
        public static final FeedArrival READY = new FeedArrival(true, null, null);

        public FeedArrival(boolean isFeed, String invalidReason) {
            this(isFeed, invalidReason, null);
        }

        public static FeedArrival invalid(String reason) {
            return new FeedArrival(true, reason, null);
        }

        /** Not read this time: it has not fully arrived. */
        public static FeedArrival waiting(String forWhat) {
            return new FeedArrival(false, null, forWhat);
        }

        public boolean isWaiting() {
            return waitingFor != null;
        }
    }
}
