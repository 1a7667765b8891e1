package com.stockrecon.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket from
 * java.net.http): opens a file, records every request, console message, log entry and uncaught
 * exception of the page, and takes screenshots and PDFs. The browser is installed by .ci/run.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The flags the tests run the browser with. */
    public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final StringBuffer stderr = new StringBuffer();
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private HeadlessChromium(Process process, Path profile) throws IOException, InterruptedException {
        this.process = process;
        Thread drain = new Thread(() -> drain(process.getErrorStream()), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        Path activePort = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.isRegularFile(activePort) || Files.readAllLines(activePort).size() < 2) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("chromium did not open its DevTools port: " + stderr);
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(activePort);
        URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(uri, new Listener()).join();
    }

    /** Starts the browser with its own profile folder; fails with a clear message when it is not installed. */
    public static HeadlessChromium start(Path profile) {
        String binary = System.getenv().getOrDefault("CHROMIUM", "chromium");
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.addAll(FLAGS);
        command.addAll(List.of("--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                "--window-size=1280,1800", "about:blank"));
        try {
            Files.createDirectories(profile);
            return new HeadlessChromium(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start(), profile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start '" + binary + "' (apt-get install chromium, or set CHROMIUM): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the file in a new tab and waits for its load event and a moment after it. */
    public Tab open(Path file) {
        String target = call(null, "Target.createTarget", params().put("url", "about:blank")).path("targetId")
                .asString();
        String session = call(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
                .path("sessionId").asString();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            call(session, domain + ".enable", params());
        }
        String url = file.toUri().toString();
        JsonNode navigated = call(session, "Page.navigate", params().put("url", url));
        if (navigated.has("errorText")) {
            throw new IllegalStateException("chromium could not open " + url + ": " + navigated.path("errorText"));
        }
        await(event -> session.equals(event.path("sessionId").asString(null))
                && "Page.loadEventFired".equals(event.path("method").asString()));
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Tab(session, url);
    }

    /** A page opened in the browser. */
    public final class Tab {

        private final String session;
        private final String url;

        private Tab(String session, String url) {
            this.session = session;
            this.url = url;
        }

        public String url() {
            return url;
        }

        /** The URLs the page requested, the page itself first. */
        public List<String> requests() {
            return events("Network.requestWillBeSent").stream()
                    .map(event -> event.path("params").path("request").path("url").asString()).toList();
        }

        /** Console calls, log entries and uncaught exceptions, as "kind level: text". */
        public List<String> messages() {
            List<String> messages = new ArrayList<>();
            for (JsonNode event : events("Runtime.consoleAPICalled")) {
                messages.add("console " + event.path("params").path("type").asString() + ": "
                        + event.path("params").path("args"));
            }
            for (JsonNode event : events("Log.entryAdded")) {
                JsonNode entry = event.path("params").path("entry");
                messages.add("log " + entry.path("level").asString() + ": " + entry.path("text").asString() + " "
                        + entry.path("url").asString(""));
            }
            for (JsonNode event : events("Runtime.exceptionThrown")) {
                messages.add("exception: " + event.path("params").path("exceptionDetails"));
            }
            return messages;
        }

        /** Evaluates an expression in the page (DevTools is not bound by the page's CSP) and returns its value. */
        public JsonNode evaluate(String expression) {
            return call(session, "Runtime.evaluate", params().put("expression", expression).put("returnByValue", true))
                    .path("result").path("value");
        }

        /** A PNG of the whole page at the window's width. */
        public byte[] screenshot() {
            return Base64.getDecoder().decode(call(session, "Page.captureScreenshot",
                    params().put("format", "png").put("captureBeyondViewport", true)).path("data").asString());
        }

        /** The page printed to PDF on A4, as the print dialog would. */
        public byte[] pdf() {
            return Base64.getDecoder().decode(call(session, "Page.printToPDF",
                    params().put("paperWidth", 8.27).put("paperHeight", 11.69)).path("data").asString());
        }

        private List<JsonNode> events(String method) {
            synchronized (events) {
                return events.stream().filter(event -> session.equals(event.path("sessionId").asString(null))
                        && method.equals(event.path("method").asString())).toList();
            }
        }
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    private JsonNode call(String session, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode answer;
        try {
            answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + ": no answer from chromium: " + e + "; " + stderr, e);
        }
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.path("error"));
        }
        return answer.path("result");
    }

    private void await(Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (events.stream().noneMatch(condition)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("chromium: the page did not load in " + TIMEOUT + "; " + stderr);
                }
                try {
                    events.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void drain(InputStream in) {
        try (in) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0;) {
                if (stderr.length() < 64 * 1024) {
                    stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            // the browser has gone; what it wrote is kept for messages
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        // Chromium's helpers (zygote, renderer, crash handler) may outlive it and still write to the profile
        // folder the test is about to delete: they end first.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle helper : helpers) {
                try {
                    helper.onExit().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    helper.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message = JSON.readTree(text.toString());
                text.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> reply = pending.remove(message.path("id").asInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                } else {
                    synchronized (events) {
                        events.add(message);
                        events.notifyAll();
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
