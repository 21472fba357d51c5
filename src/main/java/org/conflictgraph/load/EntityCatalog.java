package org.conflictgraph.load;

import java.util.List;
import java.util.Map;

/** What the database already knows of entity ids, from the datasets other than the one being validated. */
@FunctionalInterface
public interface EntityCatalog {

    /** The catalog of a folder validated on its own: no other dataset. */
    EntityCatalog NONE = ids -> Map.of();

    /** An actor another dataset declares: its type, and the dataset that declared it first. */
    record Declared(String type, String dataset) {}

    /** For each of {@code ids} that another dataset declares, how it does. */
    Map<String, Declared> lookup(List<String> ids);
}
