package org.conflictgraph.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reports the database on {@code /health}: reachable or not, its version, mode and loaded datasets. */
@Singleton
final class Neo4jHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final Driver driver;
    private final Neo4jConfiguration config;
    private final EmbeddedNeo4j embedded;

    Neo4jHealthIndicator(Driver driver, Neo4jConfiguration config, @Nullable EmbeddedNeo4j embedded) {
        this.driver = driver;
        this.config = config;
        this.embedded = embedded;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        driver.verifyConnectivity(); // fails at once when nothing answers, where a query would retry
        Record row = driver.executableQuery(CypherFiles.read("system/health.cypher"))
                .withConfig(Queries.readConfig(config))
                .execute().records().get(0);
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", embedded == null ? "external" : "embedded");
        details.put("uri", embedded == null ? config.getUri() : embedded.boltUri().toString());
        if (embedded != null) {
            details.put("browser", embedded.httpUri() + "browser/");
        }
        details.put("database", config.getDatabase());
        details.put("version", row.get("version").asString());
        details.put("edition", row.get("edition").asString());
        details.put("datasets", row.get("datasets").asList(v -> v.asMap()));
        return details;
    }

    @Override
    protected String getName() {
        return "neo4j";
    }
}
