import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client of bench/load.sh: USERS threads, each a researcher who asks the report, association, survival and
 * cohort endpoints in turn for SECONDS with one API token; prints per endpoint the request count, errors, p50, p99 and max latency,
 * and the throughput. Exit 1 when any answer was not 200. Plain JDK (java bench/LoadClient.java ...), no build.
 *
 * <p>Usage: java bench/LoadClient.java BASE_URL USER PASSWORD USERS SECONDS
 */
public class LoadClient {

    static final List<String> PATHS = List.of(
            "/api/v1/report",
            "/api/v1/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR",
            "/api/v1/survival?endpoint=PFS&factor=TERT_PROMOTER",
            "/api/v1/cohort");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int users = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // As a researcher's script does: one API token, then bearer requests (no password hashing per request).
        HttpResponse<String> issued = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                        .header("Authorization", basic)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        if (issued.statusCode() / 100 != 2 || !token.find()) {
            System.err.println("load: no API token: " + issued.statusCode() + " " + issued.body());
            System.exit(2);
        }
        String auth = "Bearer " + token.group(1);
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        PATHS.forEach(p -> {
            latencies.put(p, Collections.synchronizedList(new ArrayList<>()));
            errors.put(p, new AtomicLong());
        });
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            int first = u;
            Thread t = new Thread(() -> {
                int i = first;
                while (System.nanoTime() < end) {
                    String path = PATHS.get(i++ % PATHS.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", auth)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(120))
                            .build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies.get(path).add(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            errors.get(path).incrementAndGet();
                            firstError.putIfAbsent(path, response.statusCode() + " "
                                    + new String(response.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                        }
                    } catch (Exception e) {
                        errors.get(path).incrementAndGet();
                        firstError.putIfAbsent(path, e.toString());
                    }
                }
                done.countDown();
            });
            t.start();
        }
        done.await();
        long total = 0, failed = 0;
        System.out.printf("%-66s %8s %7s %9s %9s %9s%n", "endpoint", "requests", "errors", "p50 ms", "p99 ms", "max ms");
        for (String path : PATHS) {
            List<Long> l = new ArrayList<>(latencies.get(path));
            Collections.sort(l);
            total += l.size();
            failed += errors.get(path).get();
            System.out.printf("%-66s %8d %7d %9.1f %9.1f %9.1f%n", path, l.size(), errors.get(path).get(),
                    ms(percentile(l, 0.50)), ms(percentile(l, 0.99)), ms(l.isEmpty() ? 0 : l.get(l.size() - 1)));
        }
        System.out.printf("throughput: %.1f requests/s over %d s with %d users; errors: %d%n",
                (double) total / seconds, seconds, users, failed);
        new TreeMap<>(firstError).forEach((p, e) -> System.out.println("first error on " + p + ": " + e));
        System.exit(failed == 0 ? 0 : 1);
    }

    static long percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.size()) - 1; // nearest-rank, as R's quantile(type = 1)
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1)));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
