package org.conflictgraph;

import io.micronaut.configuration.picocli.PicocliRunner;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.conflictgraph.load.SeedCommand;

import java.util.Set;

/**
 * Starts Conflict Graph. With no arguments it runs the service (and the embedded Neo4j, unless
 * {@code NEO4J_URI} is set); {@code validate}, {@code load}, {@code unload} and {@code generate} run the command line instead.
 */
@OpenAPIDefinition(info = @Info(title = "Conflict Graph", version = "0.1",
        description = "Conflict actors and their dated, sourced, hedged relationships. Every answer carries its evidence."))
public final class Application {
    private static final Set<String> COMMANDS = Set.of("validate", "load", "unload", "import", "generate", "help", "--help", "-h");

    private Application() {}

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(PicocliRunner.execute(SeedCommand.class, args));
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
