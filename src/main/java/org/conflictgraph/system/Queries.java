package org.conflictgraph.system;

import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/** The one place that says how read queries run: on the configured database, routed to readers, with a time limit. */
public final class Queries {
    private Queries() {}

    public static QueryConfig readConfig(Neo4jConfiguration config) {
        return QueryConfig.builder()
                .withDatabase(config.getDatabase())
                .withRouting(RoutingControl.READ)
                .withTimeout(config.getQueryTimeout())
                .build();
    }
}
