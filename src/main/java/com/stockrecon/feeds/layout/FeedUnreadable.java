package com.stockrecon.feeds.layout;

/** A feed file that cannot be read at all (missing column, undecodable): the feed is INVALID_FEED. */
public class FeedUnreadable extends RuntimeException {

    public FeedUnreadable(String message) {
        super(message);
    }
}
