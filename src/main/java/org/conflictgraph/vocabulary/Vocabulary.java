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
        List<String> sourceKinds) {

    public static final String RESOURCE = "seeds/vocabulary.yml";

    public record EntityType(String name, String description) {}

    public record RelationshipType(String name, String label, String inverseLabel, boolean symmetric,
                                   List<String> subjects, List<String> objects, String description) {}

    public record ClaimStatus(String name, boolean needsClaimant, String description) {}

    public record DatePrecision(String name, String pattern) {}

    /** Reads the vocabulary that ships with the application. */
    public static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The vocabulary " + RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Vocabulary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vocabulary " + RESOURCE + ": " + e.getMessage(), e);
        }
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
