import org.conflictgraph.system.CypherFiles;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The raw-driver half of bench-api.sh: runs one canned query file through the driver, with the same read
 * configuration as the API (database "neo4j", read routing, 30 s time limit), from N threads at once.
 *
 * Its Cypher parameters are the API's own: it asks the API once for the request being compared and takes
 * the {@code parameters} the answer reports (the values the service sent to the database, defaults and
 * conversions included), so the two sides cannot drift apart. The answer gives dates as ISO strings; they
 * go back to the database as dates.
 *
 * It stays up for the whole comparison, so its own JIT is as warm as the service's, and takes one command
 * a line on standard input:
 * <ul>
 *   <li>{@code warmup THREADS SECONDS}: runs the load unmeasured, then prints {@code WARM};</li>
 *   <li>{@code measure THREADS SECONDS}: runs it measured, then prints a readable line and
 *       {@code DRIVER_MEAN_MS=… DRIVER_P99_MS=… DRIVER_RPS=…}.</li>
 * </ul>
 * It exits at the end of its input.
 *
 * Usage: java -cp CLASSPATH src/bench/DriverBench.java bolt://127.0.0.1:19687 http://127.0.0.1:19080/api/queries/NAME?...
 */
public class DriverBench {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The read time limit the service runs with (NEO4J_QUERY_TIMEOUT, such as 30s or 2m), so both sides wait alike. */
    private static Duration timeout() {
        String text = System.getenv().getOrDefault("NEO4J_QUERY_TIMEOUT", "30s").trim();
        long amount = Long.parseLong(text.replaceAll("[^0-9]", ""));
        return text.endsWith("m") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(args[1])).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println(args[1] + " answered " + response.statusCode() + ": " + response.body());
            System.exit(1);
        }
        Map<?, ?> answer = new ObjectMapper().readValue(response.body(), Map.class);
        String query = (String) answer.get("query");
        Map<String, Object> params = new HashMap<>();
        ((Map<?, ?>) answer.get("parameters")).forEach((k, v) -> params.put((String) k,
                v instanceof String text && ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : v));
        String cypher = CypherFiles.read("queries/" + query + ".cypher");
        QueryConfig config = QueryConfig.builder().withDatabase("neo4j").withRouting(RoutingControl.READ)
                .withTimeout(timeout()).build();
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(128).build());
             BufferedReader commands = new BufferedReader(new InputStreamReader(System.in))) {
            Runnable once = () -> driver.executableQuery(cypher).withParameters(params).withConfig(config).execute();
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                String[] command = line.trim().split("\\s+");
                int threads = Integer.parseInt(command[1]);
                long seconds = Long.parseLong(command[2]);
                if (command[0].equals("warmup")) {
                    run(threads, seconds, once, null);
                    System.out.println("WARM");
                } else {
                    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
                    run(threads, seconds, once, latencies);
                    report(query, seconds, latencies);
                }
                System.out.flush();
            }
        }
    }

    private static void report(String query, long seconds, ConcurrentLinkedQueue<Long> latencies) {
        if (latencies.isEmpty()) {
            System.err.println("no driver query completed in " + seconds + "s; run longer (SECONDS_PER_RUN)");
            System.exit(1);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        double rps = sorted.size() / (double) seconds;
        System.out.printf("driver %s: %d requests, %.1f req/s, mean %.2f ms, p50 %.2f ms, p99 %.2f ms%n",
                query, sorted.size(), rps, mean, p50, p99);
        System.out.printf("DRIVER_MEAN_MS=%.3f DRIVER_P99_MS=%.3f DRIVER_RPS=%.1f%n", mean, p99, rps);
    }

    /** Runs {@code once} from {@code threads} threads for {@code seconds}, adding each latency to {@code into} if given. */
    private static void run(int threads, long seconds, Runnable once, ConcurrentLinkedQueue<Long> into)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    once.run();
                    if (into != null) {
                        into.add(System.nanoTime() - start);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
    }
}
