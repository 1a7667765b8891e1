import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load client for the supplier API: single-SKU inventory lookups at a fixed rate, each
 * timed from the moment it was due (not from when it was sent), so a stalled server shows in the
 * figures instead of slowing the client down.
 *
 * java bench/InventoryLookupBench.java BASE_URL KEY RATE SECONDS SKUS [WARMUP_SECONDS]
 */
public class InventoryLookupBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int skus = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        run(http, base, key, rate, warmup, skus, false);
        run(http, base, key, rate, seconds, skus, true);
    }

    private static void run(HttpClient http, String base, String key, int rate, int seconds, int skus,
            boolean report) throws Exception {
        Random random = new Random(1);
        long interval = 1_000_000_000L / rate;
        int total = rate * seconds;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger absent = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String sku = String.format("SKU-%08d", 1 + random.nextInt(skus));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/inventory?sku=" + sku))
                    .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10)).GET().build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                latencies.add(System.nanoTime() - due);
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                } else if (!response.body().contains(sku)) {
                    absent.incrementAndGet(); // the generator leaves some SKUs out of the catalog on purpose
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("requests %d in %.1f s (%.0f/s), errors %d, not in the catalog %d%n", sorted.size(),
                elapsed, sorted.size() / elapsed, errors.get(), absent.get());
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), pct(sorted, 99.9), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
