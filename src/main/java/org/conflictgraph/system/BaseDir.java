package org.conflictgraph.system;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/**
 * The folder that relative paths in the configuration (seed folder, data folder) resolve against:
 * the working directory, or {@code conflictgraph.base-dir} when set ({@code mn:run} sets it to the
 * project, because it runs the application inside {@code target/}).
 */
@Singleton
public final class BaseDir {
    private final Path base;

    public BaseDir(@Value("${conflictgraph.base-dir:.}") String base) {
        this.base = Path.of(base);
    }

    public Path resolve(String path) {
        return base.resolve(path).toAbsolutePath().normalize();
    }
}
