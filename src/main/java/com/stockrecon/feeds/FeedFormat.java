package com.stockrecon.feeds;

import java.nio.file.Path;
import java.time.ZoneId;

/** How one supplier's feed files are named, when they may be read, and how they are laid out. */
public interface FeedFormat {

    /** Whether a file in the supplier's folder is a feed that has fully arrived. */
    FeedArrival arrival(Path file);

    /** Opens a feed file; throws {@link FeedUnreadable} when it cannot be read as this layout at all. */
    FeedRows open(Path file, String source, ZoneId zone);

    /** What the fingerprint of the feeds step includes about this format. */
    String describe();

    /** A feed file's state on arrival. */
    record FeedArrival(boolean isFeed, String invalidReason) {

        public static final FeedArrival NOT_A_FEED = new FeedArrival(false, null);
        public static final FeedArrival READY = new FeedArrival(true, null);

        public static FeedArrival invalid(String reason) {
            return new FeedArrival(true, reason);
        }
    }
}
