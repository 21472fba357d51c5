package org.conflictgraph.generate;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.conflictgraph.load.SeedCommand;
import org.conflictgraph.load.SeedReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("conflict-graph generate")
class GenerateCommandTest {

    static int run(String... args) {
        try (ApplicationContext context = ApplicationContext.run(Environment.CLI)) {
            return new CommandLine(SeedCommand.class, new MicronautFactory(context)).execute(args);
        }
    }

    @Test
    @DisplayName("generate --statements N DIR: prefixes ids with DIR's name as a slug, one entity per five statements")
    void shouldTakeThePrefixFromTheFolderName(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("My Data_1");
        assertEquals(0, run("generate", "--statements", "1000", dir.toString()));
        List<String> entities = Files.readAllLines(dir.resolve(SeedReader.ENTITIES));
        List<String> statements = Files.readAllLines(dir.resolve(SeedReader.RELATIONSHIPS));
        assertEquals(1 + 200, entities.size());
        assertEquals(1 + 1000, statements.size());
        assertTrue(statements.get(1).startsWith("my-data-1-s-0000001,"), statements.get(1));
    }

    @Test
    @DisplayName("generate --statements 5 DIR: exit code 2, nothing written")
    void shouldRefuseTooFewStatements(@TempDir Path temp) {
        Path dir = temp.resolve("small");
        assertEquals(2, run("generate", "--statements", "5", dir.toString()));
        assertFalse(Files.exists(dir));
    }
}
