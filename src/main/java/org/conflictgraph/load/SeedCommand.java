package org.conflictgraph.load;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.conflictgraph.system.BaseDir;
import org.conflictgraph.system.EmbeddedNeo4j;
import org.conflictgraph.system.Neo4jConfiguration;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The loader's command line: {@code validate DIR}, {@code load DIR} and {@code unload NAME}. They use the
 * configured database: the running service's embedded one (through its Bolt port), a new embedded one when no
 * service runs, or {@code NEO4J_URI}. Expected failures print one line and exit non-zero.
 */
@Command(name = "conflict-graph", mixinStandardHelpOptions = true,
        description = "Validate, load or unload datasets (seed folders of sources.csv, entities.csv, relationships.csv).",
        subcommands = {SeedCommand.Validate.class, SeedCommand.Load.class, SeedCommand.Unload.class, SeedCommand.Import.class,
                org.conflictgraph.generate.GenerateCommand.class})
public final class SeedCommand implements Runnable {
    /** Exit code of a refused load: bad files, a clash, another loader running. */
    static final int REFUSED = 1;
    /** Exit code when the database cannot be used: port taken, server down, wrong credentials. */
    static final int NO_DATABASE = 2;

    @Override
    public void run() {
        System.out.println("Usage: conflict-graph validate DIR | load DIR | unload NAME | import DIR... | generate --statements N DIR (see --help)");
    }

    @Command(name = "validate", description = "Check a seed folder against the vocabulary and the datasets in the database; writes nothing.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the seed folder, e.g. seeds/panjshir")
        Path dir;

        @Option(names = "--alone", description = "check the folder on its own, without a database "
                + "(references to actors of other datasets are then unknown)")
        boolean alone;

        @Inject
        Vocabulary vocabulary;

        @Inject
        BeanProvider<GraphLoader> loader;

        @Inject
        BaseDir baseDir;

        @Override
        public Integer call() {
            Path folder = baseDir.resolve(dir.toString());
            return guarded(() -> {
                SeedFolder checked = alone
                        ? new SeedReader(vocabulary).validate(folder, EntityCatalog.NONE, Progress.console())
                        : loader.get().validate(folder, Progress.console());
                System.out.printf("%s is valid: %,d sources, %,d entities, %,d statements%s%n", dir,
                        checked.sourceCount(), checked.entityCount(), checked.statementCount(),
                        alone ? " (checked on its own)" : "");
                return 0;
            });
        }
    }

    @Command(name = "load", description = "Validate a seed folder, then load it as the dataset named after the folder, "
            + "replacing its live version all at once.")
    static final class Load implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the seed folder, e.g. seeds/panjshir")
        Path dir;

        @Inject
        BeanProvider<GraphLoader> loader;

        @Inject
        BaseDir baseDir;

        @Override
        public Integer call() {
            return guarded(() -> {
                GraphLoader.LoadReport report = loader.get().load(baseDir.resolve(dir.toString()), Progress.console());
                System.out.printf("Loaded %s version %d: %,d sources, %,d entities, %,d statements in %,d ms%n",
                        report.dataset(), report.version(), report.sources(), report.entities(), report.statements(),
                        report.millis());
                return 0;
            });
        }
    }

    @Command(name = "unload", description = "Remove a dataset: its statements, its sources and what it alone gave to actors.")
    static final class Unload implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the dataset's name, e.g. panjshir (GET /api/datasets lists them)")
        String name;

        @Inject
        BeanProvider<GraphLoader> loader;

        @Override
        public Integer call() {
            return guarded(() -> {
                GraphLoader.LoadReport report = loader.get().unload(name, Progress.console());
                System.out.printf("Unloaded %s: %,d sources, %,d entities, %,d statements in %,d ms%n", report.dataset(),
                        report.sources(), report.entities(), report.statements(), report.millis());
                return 0;
            });
        }
    }

    @Command(name = "import", description = "Create a new embedded database from seed folders with Neo4j's bulk importer "
            + "(neo4j-admin database import full), the fast path for a first load of large datasets. The data folder "
            + "(NEO4J_EMBEDDED_DATA_DIR) must hold no database yet.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "1..*", description = "seed folders; a later one may refer to actors of an earlier one")
        List<Path> dirs;

        @Option(names = "--keep-files", paramLabel = "DIR", description = "write the importer's CSV files here and keep them")
        Path keep;

        @Inject
        Vocabulary vocabulary;

        @Inject
        BaseDir baseDir;

        @Inject
        Neo4jConfiguration config;

        @Inject
        Neo4jConfiguration.EmbeddedConfiguration embedded;

        @Inject
        BeanProvider<GraphLoader> loader;

        @Override
        public Integer call() {
            return guarded(() -> {
                if (config.isExternal()) {
                    throw new LoadRefusedException("import writes a new embedded database; with NEO4J_URI set, use load");
                }
                Path csv = keep != null ? baseDir.resolve(keep.toString()) : Files.createTempDirectory("conflict-graph-import-");
                try {
                    BulkImport.Report report = new BulkImport(vocabulary).importInto(
                            dirs.stream().map(d -> baseDir.resolve(d.toString())).toList(),
                            baseDir.resolve(embedded.getDataDir()), config.getDatabase(), csv, Progress.console());
                    long indexed = loader.get().finishImport(Progress.console());
                    System.out.printf("Imported %s: %,d sources, %,d entities, %,d statements in %,d ms (import) + %,d ms (indexes)%n",
                            String.join(", ", report.datasets()), report.sources(), report.entities(), report.statements(),
                            report.millis(), indexed);
                    return 0;
                } finally {
                    if (keep == null) {
                        deleteRecursively(csv);
                    }
                }
            });
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Runs a command, turning the failures a user can act on into one line on standard error and an exit code. */
    static int guarded(Callable<Integer> command) {
        try {
            return command.call();
        } catch (Exception e) {
            return fail(e, System.err);
        }
    }

    static int fail(Throwable e, PrintStream out) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SeedValidationException invalid) {
                invalid.problems().forEach(out::println);
                if (invalid.total() > invalid.problems().size()) {
                    out.printf("... and %d more%n", invalid.total() - invalid.problems().size());
                }
                out.printf("%d problem(s); nothing was written.%n", invalid.total());
                return REFUSED;
            }
            if (t instanceof LoadRefusedException refused) {
                out.println(refused.getMessage());
                return REFUSED;
            }
            if (t instanceof EmbeddedNeo4j.PortInUseException port) {
                out.println(port.getMessage());
                return NO_DATABASE;
            }
            if (t instanceof AuthenticationException auth) {
                out.println("The database refused the credentials (NEO4J_USERNAME / NEO4J_PASSWORD): " + firstLine(auth));
                return NO_DATABASE;
            }
            if (t instanceof ServiceUnavailableException down) {
                out.println("The database cannot be reached (" + firstLine(down) + "); start it, or check NEO4J_URI.");
                return NO_DATABASE;
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        out.println("Failed: " + (root instanceof Neo4jException n ? n.code() + ": " : root.getClass().getSimpleName() + ": ")
                + firstLine(root));
        return REFUSED;
    }

    private static String firstLine(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
