package com.stockrecon.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.stockrecon.fetch.definition.FetchDefinition;
import com.stockrecon.fetch.definition.FetchDefinition.Auth;

/**
 * Pulls one supplier's feed over HTTP into its feeds folder: a GET (conditional when the last
 * body's file is still there), redirects followed by hand so that another host is refused unless
 * the definition names it, retries on 5xx, 429 and timeouts, the body streamed aside under the size
 * limit, checked to be text, then its {@code .sha256} sidecar and the body moved into place. Never
 * throws for anything the server or the network does: that is a failed {@link FetchResult}.
 */
final class HttpFeedFetcher {

    /** A fetch's result and, when a body was written, the validators that came with it. */
    record Fetched(FetchResult result, Validators validators) {
    }

    private static final int MAX_REDIRECTS = 5;
    private static final long POLL_MILLIS = 100;
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final Function<String, String> environment;
    private final Duration backoff;
    private final Clock clock;

    HttpFeedFetcher(Function<String, String> environment, Duration backoff, Clock clock) {
        this.environment = environment;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** A failure that ends the fetch; {@code retryable} ones are tried again while retries remain. */
    private static final class Refused extends Exception {
        final boolean retryable;
        final Optional<String> retryAfter;

        Refused(String message, boolean retryable, Optional<String> retryAfter) {
            super(message, null, false, false);
            this.retryable = retryable;
            this.retryAfter = retryAfter;
        }
    }

    Fetched fetch(String supplier, FetchDefinition definition, Charset encoding, boolean writeDoneMarker,
            Path folder, Validators previous) {
        String authorization;
        try {
            authorization = authorization(definition);
        } catch (Refused refused) {
            return new Fetched(FetchResult.failed(supplier, refused.getMessage(), 0), null);
        }
        String name = definition.fileNameAt(clock.instant());
        Path aside = folder.resolve("." + name + ".part");
        Validators conditional = previous != null && previous.usableFor(definition.url(), folder) ? previous : null;
        RetryPolicy retries = new RetryPolicy(definition.retries(), backoff);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(definition.timeout()).build();
        int tries = 0;
        try {
            Files.createDirectories(folder);
            while (true) {
                tries++;
                try {
                    return exchange(supplier, client, definition, authorization, conditional, aside, name, encoding,
                            writeDoneMarker, folder, tries);
                } catch (Refused refused) {
                    if (!refused.retryable || !retries.allowsAnother(tries)) {
                        return new Fetched(FetchResult.failed(supplier, refused.getMessage(), tries), null);
                    }
                    Thread.sleep(retries.pauseAfter(tries, refused.retryAfter).toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(FetchResult.failed(supplier, "interrupted", tries), null);
        } catch (IOException e) {
            return new Fetched(FetchResult.failed(supplier, "cannot write into " + folder + ": " + message(e), tries),
                    null);
        } finally {
            deleteQuietly(aside);
        }
    }

    private String authorization(FetchDefinition definition) throws Refused {
        if (definition.auth() == Auth.NONE) {
            return null;
        }
        String secret = environment.apply(definition.secretEnv());
        if (secret == null || secret.isBlank()) {
            throw new Refused("the environment variable " + definition.secretEnv() + " (secret-env) is not set",
                    false, Optional.empty());
        }
        return definition.auth() == Auth.BEARER ? "Bearer " + secret.strip()
                : "Basic " + Base64.getEncoder().encodeToString((definition.user() + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** One request and the redirects it leads to; the body of a 200 ends up in place. */
    private Fetched exchange(String supplier, HttpClient client, FetchDefinition definition,
            String authorization, Validators conditional, Path aside, String name, Charset encoding,
            boolean writeDoneMarker, Path folder, int tries) throws Refused, IOException, InterruptedException {
        URI target = definition.url();
        for (int redirects = 0;; redirects++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).GET().timeout(definition.timeout())
                    .header("User-Agent", "StockRecon/1.0")
                    .header("Accept", "text/csv, text/plain;q=0.9, */*;q=0.5");
            boolean sameHost = target.getHost().equalsIgnoreCase(definition.url().getHost());
            if (authorization != null && sameHost) {
                request.header("Authorization", authorization);
            }
            if (conditional != null && redirects == 0) {
                if (conditional.etag() != null) {
                    request.header("If-None-Match", conditional.etag());
                }
                if (conditional.lastModified() != null) {
                    request.header("If-Modified-Since", conditional.lastModified());
                }
            }
            AtomicLong progress = new AtomicLong(System.nanoTime());
            AtomicReference<BodyToFile> body = new AtomicReference<>();
            BodyHandler<Long> handler = info -> {
                progress.set(System.nanoTime());
                if (info.statusCode() == 200) {
                    body.set(new BodyToFile(aside, definition.maxBytes(), progress));
                    return body.get();
                }
                return new Unread();
            };
            HttpResponse<Long> response = await(client.sendAsync(request.build(), handler), body, progress,
                    definition.timeout(), target);
            int status = response.statusCode();
            if (status == 200) {
                return placed(supplier, definition, response, body.get(), aside, name, encoding, writeDoneMarker,
                        folder, tries);
            }
            if (status == 304) {
                if (conditional == null) {
                    throw new Refused("HTTP 304 Not Modified to a request that was not conditional", false,
                            Optional.empty());
                }
                return new Fetched(new FetchResult(supplier, FetchOutcome.NOT_MODIFIED, "HTTP 304; the newest file "
                        + conditional.file().getFileName() + " stays the feed", null, 0, tries), null);
            }
            if (List.of(301, 302, 303, 307, 308).contains(status)) {
                target = redirect(definition, target, response, redirects);
                continue;
            }
            String text = "HTTP " + status + (REASONS.containsKey(status) ? " " + REASONS.get(status) : "")
                    + " from " + origin(target);
            if (status == 401 || status == 403) {
                text += definition.auth() == Auth.NONE ? " (the definition sends no credentials)"
                        : " (check the secret in " + definition.secretEnv() + ")";
            }
            if (RetryPolicy.isRetryable(status)) {
                throw new Refused(text, true, response.headers().firstValue("Retry-After"));
            }
            throw new Refused(text, false, Optional.empty());
        }
    }

    private static URI redirect(FetchDefinition definition, URI from, HttpResponse<?> response, int redirects)
            throws Refused {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
            throw new Refused("HTTP " + response.statusCode() + " from " + origin(from) + " without a Location",
                    false, Optional.empty());
        }
        if (redirects >= MAX_REDIRECTS) {
            throw new Refused("more than " + MAX_REDIRECTS + " redirects from " + origin(definition.url()), false,
                    Optional.empty());
        }
        URI to;
        try {
            to = from.resolve(location.get().trim());
        } catch (IllegalArgumentException e) {
            throw new Refused("a redirect to an address that is none: " + location.get(), false, Optional.empty());
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null) {
            throw new Refused("a redirect to " + location.get() + ", which is no http(s) address", false,
                    Optional.empty());
        }
        if (scheme.equals("http") && "https".equalsIgnoreCase(from.getScheme())) {
            throw new Refused("redirect from https to plain http (" + origin(to) + ") refused", false,
                    Optional.empty());
        }
        if (!definition.allowsRedirectTo(to.getHost())) {
            throw new Refused("redirect from " + origin(from) + " to another host, " + to.getHost()
                    + ", refused (fetch.redirect-hosts allows it)", false, Optional.empty());
        }
        return to;
    }

    /**
     * Waits for the response while it makes progress: a server that sends nothing (no headers, or no
     * more of the body) for the timeout is given up on, and the exchange cancelled.
     */
    private static HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> exchange,
            AtomicReference<BodyToFile> body, AtomicLong progress, Duration timeout, URI target)
            throws Refused, IOException, InterruptedException {
        long limit = timeout.toNanos();
        while (true) {
            try {
                return exchange.get(Math.min(POLL_MILLIS, Math.max(1, timeout.toMillis())), TimeUnit.MILLISECONDS);
            } catch (TimeoutException waiting) {
                if (System.nanoTime() - progress.get() > limit) {
                    exchange.cancel(true);
                    if (body.get() != null) {
                        body.get().abort(new HttpTimeoutException("timed out"));
                    }
                    throw timedOut(timeout, target);
                }
            } catch (InterruptedException e) {
                exchange.cancel(true);
                throw e;
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                if (cause instanceof BodyToFile.TooLarge tooLarge) {
                    throw new Refused(tooLarge.getMessage(), false, Optional.empty());
                }
                if (cause instanceof HttpConnectTimeoutException) {
                    throw new Refused("no connection to " + origin(target) + " within " + seconds(timeout), true,
                            Optional.empty());
                }
                if (cause instanceof HttpTimeoutException) {
                    throw timedOut(timeout, target);
                }
                if (cause instanceof ConnectException || cause instanceof java.nio.channels.UnresolvedAddressException) {
                    throw new Refused("cannot reach " + origin(target) + ": " + message(cause), false,
                            Optional.empty());
                }
                throw new Refused("the exchange with " + origin(target) + " failed: " + message(cause), false,
                        Optional.empty());
            }
        }
    }

    private static Refused timedOut(Duration timeout, URI target) {
        return new Refused("no answer from " + origin(target) + " for " + seconds(timeout) + " (timeout)", true,
                Optional.empty());
    }

    /** Checks the body aside, then puts its sidecar, the body and (when asked for) its marker in place. */
    private static Fetched placed(String supplier, FetchDefinition definition, HttpResponse<Long> response, BodyToFile body, Path aside,
            String name, Charset encoding, boolean writeDoneMarker, Path folder, int tries)
            throws Refused, IOException {
        String notText = TextSample.problem(aside, encoding);
        if (notText != null) {
            throw new Refused(notText + " (Content-Type " + response.headers().firstValue("Content-Type")
                    .orElse("none") + ")", false, Optional.empty());
        }
        Path target = folder.resolve(name);
        Path sidecarAside = folder.resolve("." + name + ".sha256.part");
        try {
            Files.writeString(sidecarAside, body.sha256() + "  " + name + "\n", StandardCharsets.UTF_8);
            Files.move(sidecarAside, folder.resolve(name + ".sha256"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(sidecarAside);
        }
        Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (writeDoneMarker) {
            Files.write(folder.resolve(name + ".done"), new byte[0]);
        }
        Validators validators = new Validators(definition.url(), response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), target);
        return new Fetched(new FetchResult(supplier, FetchOutcome.FETCHED, "HTTP 200", folder.getParent()
                .getFileName() + "/" + folder.getFileName() + "/" + name, response.body(), tries), validators);
    }

    private static String origin(URI uri) {
        return uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an aside file is never read as a feed; the next fetch of the name replaces it
        }
    }

    /** A body not needed (a redirect, a 304, an error): the connection is dropped rather than drained. */
    private static final class Unread implements BodySubscriber<Long> {
        private final CompletableFuture<Long> done = new CompletableFuture<>();

        @Override
        public CompletionStage<Long> getBody() {
            return done;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            done.complete(0L);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
            done.complete(0L);
        }

        @Override
        public void onComplete() {
            done.complete(0L);
        }
    }
}
