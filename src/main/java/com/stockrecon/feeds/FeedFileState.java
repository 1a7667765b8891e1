package com.stockrecon.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** A file's size and modification time, to notice a feed that changes while it is read. */
record FeedFileState(long size, FileTime modified) {

    static FeedFileState of(Path file) {
        try {
            return new FeedFileState(Files.size(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return new FeedFileState(-1, null);
        }
    }

    String describe() {
        return size < 0 ? "gone" : size + " bytes, modified " + modified;
    }
}
