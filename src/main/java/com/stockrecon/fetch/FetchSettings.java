package com.stockrecon.fetch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fetching behaves across suppliers ({@code stockrecon.fetch.*}); what varies per supplier is in
 * its definition's {@code fetch:} section.
 *
 * @param parallel how many suppliers are fetched at once
 * @param backoff  the pause after the first failed try; it doubles after each further one
 */
@ConfigurationProperties("stockrecon.fetch")
public record FetchSettings(@DefaultValue("4") int parallel, @DefaultValue("1s") Duration backoff) {

    public FetchSettings {
        parallel = Math.max(1, parallel);
    }
}
