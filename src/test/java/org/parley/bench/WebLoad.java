package org.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.platform.cli.DemoCommand;
import org.parley.platform.db.TestDatabases;
import org.parley.platform.web.WebServer;

/**
 * A load driver for the web: the real server on H2 with both demo negotiations, read by the public
 * over real HTTP from {@code threads} clients at once, one page at a time for {@code seconds}
 * seconds after a warm-up. The baseline, in the same run, is a static file the server sends from
 * memory: how many of it the machine answers bounds what any page could reach. See
 * docs/BENCHMARKS.md.
 *
 * <pre>java -cp "$CP" org.parley.bench.WebLoad [seconds] [threads]</pre>
 */
public final class WebLoad {
    private static final List<String> PATHS = List.of("/assets/parley.css", "/negotiations/ukraine-2025",
            "/negotiations/ukraine-2025/drafts/E?point=14", "/negotiations/ukraine-2025/compare?from=A&to=E",
            "/negotiations/ukraine-2025/matrix", "/api/negotiations/ukraine-2025/compare?from=A&to=E",
            "/negotiations/ukraine-2025/search?q=security+guarantees");

    private WebLoad() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (Workbench workbench = new Workbench(TestDatabases.h2())) {
            for (String resource : DemoCommand.BUNDLES) {
                workbench.bundles().importBundle(DemoCommand.load(resource), new Viewer("load", Map.of(), false)).orElseThrow();
            }
            try (WebServer server = workbench.serve("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                System.out.printf(Locale.ROOT, "%d s per page after %d s of warm-up, %d clients, %d cores%n%n", seconds, Math.max(2, seconds / 2),
                        threads, Runtime.getRuntime().availableProcessors());
                System.out.println("| page | requests/s | p50 | p95 | p99 | requests/s ÷ static file's |");
                System.out.println("|---|---|---|---|---|---|");
                double baseline = 0;
                for (String path : PATHS) {
                    load(client, base + path, threads, Math.max(2, seconds / 2));
                    Result result = load(client, base + path, threads, seconds);
                    baseline = baseline == 0 ? result.perSecond() : baseline;
                    System.out.printf(Locale.ROOT, "| `%s` | %.0f | %.1f ms | %.1f ms | %.1f ms | %.3f |%n", path, result.perSecond(),
                            result.percentile(50), result.percentile(95), result.percentile(99), result.perSecond() / baseline);
                }
            }
        }
    }

    /** What one page's run measured: requests answered per second, and each request's latency in milliseconds. */
    private record Result(double perSecond, double[] millis) {
        double percentile(int p) {
            return millis[Math.min(millis.length - 1, (int) Math.ceil(p / 100.0 * millis.length) - 1)];
        }
    }

    private static Result load(HttpClient client, String url, int threads, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Double>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                List<Double> millis = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    millis.add((System.nanoTime() - sent) / 1e6);
                }
                return millis;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> worker : workers) {
            all.addAll(worker.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IOException(url + ": " + failures.get() + " requests were not answered 200");
        }
        double[] millis = all.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(millis);
        return new Result(all.size() / elapsed, millis);
    }
}
