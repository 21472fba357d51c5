package org.conflictgraph.vocabulary;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class VocabularyFactory {
    @Singleton
    Vocabulary vocabulary() {
        return Vocabulary.load();
    }
}
