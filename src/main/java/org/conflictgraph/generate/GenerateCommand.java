package org.conflictgraph.generate;

import jakarta.inject.Inject;
import org.conflictgraph.system.BaseDir;
import org.conflictgraph.vocabulary.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code generate --statements N [--entities M] [--seed S] [--prefix P] DIR}: a synthetic dataset; needs no database. */
@Command(name = "generate",
        description = "Write a synthetic dataset in the seed format into DIR, for tests and benchmarks; the same arguments give the same files.")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--statements", required = true, paramLabel = "N", description = "how many statements (rows of relationships.csv)")
    int statements;

    @Option(names = "--entities", paramLabel = "M", description = "how many entities; default: statements / 5")
    Integer entities;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--prefix", paramLabel = "P", description = "starts every id; default: DIR's folder name as a slug")
    String prefix;

    @Parameters(paramLabel = "DIR", description = "the dataset folder, created when missing; its name is the dataset's name")
    Path dir;

    @Inject
    Vocabulary vocabulary;

    @Inject
    BaseDir baseDir;

    @Override
    public Integer call() throws IOException {
        Path target = baseDir.resolve(dir.toString());
        DatasetGenerator generator;
        try {
            generator = new DatasetGenerator(vocabulary, seed, statements,
                    entities == null ? DatasetGenerator.defaultEntities(statements) : entities,
                    prefix == null ? DatasetGenerator.defaultPrefix(target) : prefix);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        DatasetGenerator.Report report = generator.write(target);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Wrote %s in %d ms: %,d sources (%,d documents, %,d references), %,d entities, %,d statements%n",
                report.dir(), millis, report.documents() + report.references(), report.documents(), report.references(),
                report.entities(), report.statements());
        System.out.println("Busiest entities (statements as subject or object):");
        report.busiest().forEach(h -> System.out.printf("  %-16s %-12s %-24s %,9d%n", h.id(), h.type(), h.name(), h.statements()));
        return 0;
    }
}
