package org.conflictgraph.dataset;

import org.neo4j.driver.Record;

/**
 * A dataset as the database serves it.
 *
 * @param version        how many times it was loaded; the version readers see
 * @param load           the id of that version
 * @param sharedEntities how many of its actors another dataset declares too
 */
public record Dataset(String name, long version, String load, String loadedAt, String firstLoadedAt,
                      String fingerprint, int sources, int entities, int statements, int sharedEntities) {

    static Dataset from(Record r) {
        return new Dataset(r.get("name").asString(), r.get("version").asLong(0), r.get("load").asString(null),
                r.get("loadedAt").asString(null), r.get("firstLoadedAt").asString(null), r.get("fingerprint").asString(null),
                r.get("sources").asInt(0), r.get("entities").asInt(0), r.get("statements").asInt(0),
                r.get("sharedEntities").asInt(0));
    }
}
