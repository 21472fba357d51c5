package org.conflictgraph.load;

import jakarta.inject.Inject;
import org.conflictgraph.system.BaseDir;
import org.conflictgraph.vocabulary.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The loader's command-line face: {@code validate DIR} and {@code load DIR}. */
@Command(name = "conflict-graph", mixinStandardHelpOptions = true,
        description = "Validate or load a seed folder (sources.csv, entities.csv, relationships.csv).",
        subcommands = {SeedCommand.Validate.class, SeedCommand.Load.class, org.conflictgraph.generate.GenerateCommand.class})
public final class SeedCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Usage: conflict-graph validate DIR | load DIR (see --help)");
    }

    @Command(name = "validate", description = "Check a seed folder against the vocabulary; writes nothing.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the seed folder, e.g. seeds/panjshir")
        Path dir;

        @Inject
        Vocabulary vocabulary;

        @Inject
        BaseDir baseDir;

        @Override
        public Integer call() {
            try {
                SeedDataset dataset = new SeedReader(vocabulary).read(baseDir.resolve(dir.toString()));
                System.out.printf("%s is valid: %d sources, %d entities, %d statements%n", dir,
                        dataset.sources().size(), dataset.entities().size(), dataset.statements().size());
                return 0;
            } catch (SeedValidationException e) {
                return report(e, System.err);
            }
        }
    }

    @Command(name = "load", description = "Validate a seed folder, then load it into the configured database, all or nothing.")
    static final class Load implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the seed folder, e.g. seeds/panjshir")
        Path dir;

        @Inject
        GraphLoader loader;

        @Inject
        BaseDir baseDir;

        @Override
        public Integer call() {
            try {
                GraphLoader.LoadReport report = loader.load(baseDir.resolve(dir.toString()));
                System.out.printf("Loaded %s: %d sources, %d entities, %d statements in %d ms%n", report.dataset(),
                        report.sources(), report.entities(), report.statements(), report.millis());
                return 0;
            } catch (SeedValidationException e) {
                return report(e, System.err);
            }
        }
    }

    static int report(SeedValidationException e, PrintStream out) {
        e.problems().forEach(out::println);
        out.printf("%d problem(s); nothing was written.%n", e.problems().size());
        return 1;
    }
}
