package org.conflictgraph.load;

import java.time.LocalDate;
import java.util.List;

/**
 * A dataset read from {@code seeds/<name>/} that passed validation: every reference resolves and every
 * value fits the vocabulary.
 *
 * @param fingerprint SHA-256 over the vocabulary and the three files, to tell whether a database already holds it
 */
public record SeedDataset(String name, String fingerprint, List<Source> sources, List<Entity> entities,
                          List<Statement> statements) {

    public record Source(String id, String kind, String title, String publisher, String published, String url,
                         String file, String parent, String ref, String note) {}

    public record Entity(String id, String type, String name, List<String> aliases, String description) {}

    /**
     * One sourced statement. {@code date} and {@code dateEnd} are the first and last day it can mean.
     */
    public record Statement(String id, String type, String subject, String object, LocalDate date, LocalDate dateEnd,
                            String datePrecision, String status, String claimedBy, String source, List<String> ref,
                            String excerpt, String place, String note) {}
}
