package org.conflictgraph.system;

import org.neo4j.driver.Record;

import java.util.List;

/**
 * A request that names more than one thing: a source id that several loaded datasets use (two datasets may cite
 * the same document under the same id), asked for without saying which dataset. The API answers 409 with a
 * problem body that lists the candidates and how to choose one.
 */
public final class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }

    /**
     * The row of the one dataset that uses {@code id}, from {@code rows} (one per dataset that uses it, each with a
     * {@code dataset} column; not empty), or this exception naming those datasets: {@code what} names the kind of thing
     * ("source"), and {@code path} the request that asks again for one of them.
     */
    public static Record oneDataset(List<Record> rows, String what, String id, String path) {
        if (rows.size() > 1) {
            List<String> datasets = rows.stream().map(r -> r.get("dataset").asString("")).distinct().sorted().toList();
            throw new ConflictException("The " + what + " id \"" + id + "\" is used by " + datasets.size()
                    + " datasets (" + String.join(", ", datasets) + "); ask for one of them, e.g. " + path
                    + "?datasets=" + datasets.get(0));
        }
        return rows.get(0);
    }
}
