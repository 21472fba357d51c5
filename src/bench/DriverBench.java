import org.conflictgraph.system.CypherFiles;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The raw-driver half of bench-api.sh: runs a canned query file, with the parameters the API would
 * send for the same request, from N threads for a fixed time, and prints requests/s, mean, p50 and p99.
 *
 * Usage: java -cp CLASSPATH src/bench/DriverBench.java bolt://127.0.0.1:19687 QUERY SECONDS THREADS [name=value...]
 */
public class DriverBench {
    public static void main(String[] args) throws Exception {
        String uri = args[0];
        String query = args[1];
        long seconds = Long.parseLong(args[2]);
        int threads = Integer.parseInt(args[3]);
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", null);
        params.put("mode", "certain");
        params.put("statuses", List.of());
        params.put("entityTypes", List.of());
        params.put("relationshipTypes", List.of());
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            params.put(kv[0], kv[1].matches("\\d+") ? (Object) Long.parseLong(kv[1]) : kv[1]);
        }
        String cypher = CypherFiles.read("queries/" + query + ".cypher");
        QueryConfig config = QueryConfig.builder().withDatabase("neo4j").withRouting(RoutingControl.READ).build();
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(128).build())) {
            // warm up: plan cache, connections
            for (int i = 0; i < 50; i++) {
                driver.executableQuery(cypher).withParameters(params).withConfig(config).execute();
            }
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        driver.executableQuery(cypher).withParameters(params).withConfig(config).execute();
                        latencies.add(System.nanoTime() - start);
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread w : workers) {
                w.join();
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            System.out.printf("driver %s: %d requests, %.1f req/s, mean %.2f ms, p50 %.2f ms, p99 %.2f ms%n", query,
                    sorted.size(), sorted.size() / (double) seconds, mean,
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
            System.out.printf("DRIVER_MEAN_MS=%.3f DRIVER_P99_MS=%.3f DRIVER_RPS=%.1f%n", mean,
                    sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size() / (double) seconds);
        }
    }
}
