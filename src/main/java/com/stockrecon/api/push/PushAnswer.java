package com.stockrecon.api.push;

import java.util.List;

/** The 200 answer to a push; {@code feedFile} (under the feeds folder) is null when no item was accepted. */
public record PushAnswer(int processed, int successful, String feedFile, List<ItemResult> results) {
}
