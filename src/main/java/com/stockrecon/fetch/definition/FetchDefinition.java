package com.stockrecon.fetch.definition;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Where and how one supplier's stock is pulled over HTTP: the {@code fetch:} section of
 * {@code jobs/suppliers/<supplier_id>.yml}, validated. The secret itself is never part of it, only
 * the name of the environment variable that holds it.
 *
 * @param user          the user name of basic authentication, or null
 * @param secretEnv     the environment variable holding the bearer token or the basic password, or null
 * @param fileName      the fetched file's name, with {@code {date}} and {@code {time}} to fill in
 * @param redirectHosts hosts other than the URL's own that a redirect may lead to
 */
public record FetchDefinition(
        URI url,
        Auth auth,
        String user,
        String secretEnv,
        Duration timeout,
        int retries,
        long maxBytes,
        String fileName,
        List<String> redirectHosts) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RETRIES = 3;
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
    public static final String DEFAULT_FILE_NAME = "fetched_{date}_{time}.csv";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    /** How the request proves who we are. */
    public enum Auth {
        NONE, BEARER, BASIC
    }

    public FetchDefinition {
        redirectHosts = List.copyOf(redirectHosts);
    }

    /** The file name for a fetch finished at {@code fetchedAt}: {@code {date}} yyyyMMdd, {@code {time}} HHmmss, UTC. */
    public String fileNameAt(Instant fetchedAt) {
        return fileName.replace("{date}", DATE.format(fetchedAt)).replace("{time}", TIME.format(fetchedAt));
    }

    /** Whether a redirect may lead to {@code host}: the URL's own host, or one the definition names. */
    public boolean allowsRedirectTo(String host) {
        return host != null && (host.equalsIgnoreCase(url.getHost())
                || redirectHosts.stream().anyMatch(host::equalsIgnoreCase));
    }
}
