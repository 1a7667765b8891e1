package com.stockrecon.api.push;

import java.time.Instant;
import java.util.List;

/** A push body that is well-formed JSON of the right shape. */
public record PushRequest(Instant asOf, List<PushItem> items) {
}
