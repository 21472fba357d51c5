package org.conflictgraph.vocabulary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The declared model: entity types, relationship types with their allowed endpoints and human labels,
 * claim statuses and date precisions. Read from {@code seeds/vocabulary.yml}; the loader validates
 * against it and the API takes its labels from it.
 */
public record Vocabulary(
        List<EntityType> entityTypes,
        List<RelationshipType> relationshipTypes,
        List<ClaimStatus> claimStatuses,
        List<DatePrecision> datePrecisions,
        List<String> sourceKinds,
        Analytics analytics) {

    public static final String RESOURCE = "seeds/vocabulary.yml";

    /** An entity type and how drawings show it. */
    public record EntityType(String name, String description, NodeLook look) {}

    /** A node's look: a Cytoscape.js shape, a Graphviz shape and a fill colour. */
    public record NodeLook(String shape, String dotShape, String color) {}

    /**
     * A relationship type; {@code family} groups types into the kind of tie the network view draws as one
     * edge (backing, fighting, kinship, ...).
     */
    public record RelationshipType(String name, String label, String family, String inverseLabel, boolean symmetric,
                                   List<String> subjects, List<String> objects, String description) {}

    /** A claim status and how drawings show an edge with it. */
    public record ClaimStatus(String name, boolean needsClaimant, String description, EdgeLook look) {}

    /** An edge's look: line style (solid, dashed, dotted) and colour. */
    public record EdgeLook(String line, String color) {}

    public record DatePrecision(String name, String pattern) {}

    /**
     * Which families of ties the graph analytics read: {@code cooperativeFamilies} for the blocs of the
     * {@code communities} query, {@code backingFamilies} for the backing that {@code influence} follows.
     */
    public record Analytics(List<String> cooperativeFamilies, List<String> backingFamilies) {}

    /** The relationship types of the families the vocabulary's {@code analytics} names cooperative. */
    public List<String> cooperativeTypes() {
        return typesOf(analytics.cooperativeFamilies());
    }

    /** The relationship types of the families the vocabulary's {@code analytics} names backing. */
    public List<String> backingTypes() {
        return typesOf(analytics.backingFamilies());
    }

    private List<String> typesOf(List<String> families) {
        return relationshipTypes.stream().filter(t -> families.contains(t.family())).map(RelationshipType::name).toList();
    }

    /** Reads the vocabulary that ships with the application. */
    public static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The vocabulary " + RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Vocabulary.class)
                    .checked();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vocabulary " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Every type declares its look and every relationship type its family: a new one never draws grey. */
    private Vocabulary checked() {
        List<String> missing = new java.util.ArrayList<>();
        entityTypes.stream().filter(t -> t.look() == null).forEach(t -> missing.add("entity type " + t.name() + ": look"));
        relationshipTypes.stream().filter(t -> t.family() == null || t.family().isBlank())
                .forEach(t -> missing.add("relationship type " + t.name() + ": family"));
        claimStatuses.stream().filter(s -> s.look() == null).forEach(s -> missing.add("claim status " + s.name() + ": look"));
        if (analytics == null || analytics.cooperativeFamilies() == null || analytics.backingFamilies() == null) {
            missing.add("analytics: cooperativeFamilies and backingFamilies");
        } else {
            java.util.stream.Stream.concat(analytics.cooperativeFamilies().stream(), analytics.backingFamilies().stream())
                    .filter(f -> !families().contains(f))
                    .forEach(f -> missing.add("analytics: a known family instead of \"" + f + "\""));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The vocabulary " + RESOURCE + " lacks " + String.join(", ", missing));
        }
        return this;
    }

    /** The families of relationship types, in declaration order. */
    public List<String> families() {
        return relationshipTypes.stream().map(RelationshipType::family).distinct().toList();
    }

    /** Relationship type name to its family, as the {@code $families} parameter of the network view's Cypher. */
    public Map<String, String> familyOfType() {
        return relationshipTypes.stream().collect(Collectors.toMap(RelationshipType::name, RelationshipType::family));
    }

    public Optional<EntityType> entityType(String name) {
        return entityTypes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<RelationshipType> relationshipType(String name) {
        return relationshipTypes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<ClaimStatus> claimStatus(String name) {
        return claimStatuses.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<DatePrecision> datePrecision(String name) {
        return datePrecisions.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public List<String> entityTypeNames() { return names(entityTypes, EntityType::name); }

    public List<String> relationshipTypeNames() { return names(relationshipTypes, RelationshipType::name); }

    public List<String> claimStatusNames() { return names(claimStatuses, ClaimStatus::name); }

    public List<String> datePrecisionNames() { return names(datePrecisions, DatePrecision::name); }

    public Map<String, RelationshipType> relationshipTypesByName() {
        return relationshipTypes.stream().collect(Collectors.toMap(RelationshipType::name, Function.identity()));
    }

    private static <T> List<String> names(List<T> items, Function<T, String> name) {
        return items.stream().map(name).toList();
    }
}
