package org.conflictgraph.system;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Wires the database: the embedded Neo4j when no {@code neo4j.uri} is set, and in every case one
 * Bolt {@link Driver}. The driver depends on the embedded database bean, so it is closed first.
 */
@Factory
final class DatabaseFactory {

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(missingProperty = "neo4j.uri")
    EmbeddedNeo4j embeddedNeo4j(Neo4jConfiguration.EmbeddedConfiguration config, BaseDir baseDir, Environment environment) {
        // the command line (load, unload, validate) joins the service that runs on the same data folder
        return environment.getActiveNames().contains(Environment.CLI)
                ? EmbeddedNeo4j.startOrAttach(config, baseDir)
                : EmbeddedNeo4j.start(config, baseDir);
    }

    @Singleton
    @Primary
    @Bean(preDestroy = "close")
    Driver driver(Neo4jConfiguration config, @Nullable EmbeddedNeo4j embedded) {
        Config driverConfig = Config.builder()
                .withLogging(Logging.slf4j())
                .withMaxConnectionPoolSize(config.getMaxConnectionPoolSize())
                .withConnectionAcquisitionTimeout(config.getConnectionAcquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                // a read that cannot reach the database answers 503 within seconds, not after the default 30 s
                .withMaxTransactionRetryTime(5, TimeUnit.SECONDS)
                .build();
        return GraphDatabase.driver(uri(config, embedded), auth(config), driverConfig);
    }

    /**
     * The loader's own connections, apart from the API's pool: a load holds one for its lock and writes with
     * several more, whatever the API's pool size, and a batch that meets a deadlock retries for longer.
     */
    @Singleton
    @Named("loader")
    @Bean(preDestroy = "close")
    Driver loaderDriver(Neo4jConfiguration config, @Nullable EmbeddedNeo4j embedded,
                        @Value("${conflictgraph.load.writers:2}") int writers) {
        Config driverConfig = Config.builder()
                .withLogging(Logging.slf4j())
                .withMaxConnectionPoolSize(Math.max(1, writers) + 3)
                .withConnectionAcquisitionTimeout(60, TimeUnit.SECONDS)
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(60, TimeUnit.SECONDS)
                .build();
        return GraphDatabase.driver(uri(config, embedded), auth(config), driverConfig);
    }

    private static URI uri(Neo4jConfiguration config, EmbeddedNeo4j embedded) {
        return config.isExternal() ? URI.create(config.getUri()) : embedded.boltUri();
    }

    private static org.neo4j.driver.AuthToken auth(Neo4jConfiguration config) {
        return config.getUsername() == null || config.getUsername().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(config.getUsername(), config.getPassword() == null ? "" : config.getPassword());
    }
}
