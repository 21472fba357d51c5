package org.conflictgraph.analytics;

import java.util.List;

/** An analytics query on a database without Graph Data Science (an external server without the plugin). */
public final class GdsNotInstalledException extends RuntimeException {
    GdsNotInstalledException(String query, List<String> missing) {
        super("The query " + query + " needs Neo4j Graph Data Science, which this database does not offer (no "
                + String.join(", ", missing) + "). Install the Graph Data Science plugin (2.13.x for Neo4j 5.26) on the "
                + "server NEO4J_URI names, or leave NEO4J_URI unset: the embedded database includes it.");
    }
}
