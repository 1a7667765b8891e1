package com.stockrecon.feeds;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A supplier's current feed: the file with the latest as_of; on a tie, the greater file name. */
public final class CurrentFeed {

    private static final Comparator<FeedFile> NEWEST_LAST = Comparator
            .comparing(FeedFile::asOf, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FeedFile::name);

    private CurrentFeed() {
    }

    public static Optional<FeedFile> of(List<FeedFile> files) {
        return files.stream().max(NEWEST_LAST);
    }
}
