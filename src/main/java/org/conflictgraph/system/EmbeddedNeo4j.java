package org.conflictgraph.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default database: a Neo4j Community server started in this JVM from the test harness, listening
 * on loopback only, with Neo4j Browser on its HTTP port. The service reaches it through the Bolt
 * driver like any other Neo4j, so both modes share one code path.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** Hosts whose content Neo4j Browser may load with {@code :play}: our own guide server. */
    private static final String GUIDE_HOSTS = "localhost,127.0.0.1";

    private final Neo4j neo4j;
    private final Path workDir;
    private final boolean ephemeral;
    private final URI attachedBolt;
    private final URI attachedHttp;

    private EmbeddedNeo4j(Neo4j neo4j, Path workDir, boolean ephemeral, URI attachedBolt, URI attachedHttp) {
        this.neo4j = neo4j;
        this.workDir = workDir;
        this.ephemeral = ephemeral;
        this.attachedBolt = attachedBolt;
        this.attachedHttp = attachedHttp;
    }

    /**
     * For the command line: the embedded database of the service that is already running on this data folder,
     * reached through its Bolt port, or a new one when none runs. The server on the port must be the one whose
     * data is in the configured folder, so a load never lands in some other Neo4j that happens to listen there.
     */
    public static EmbeddedNeo4j startOrAttach(Neo4jConfiguration.EmbeddedConfiguration config, BaseDir baseDir) {
        if (config.isEphemeral() || config.getBoltPort() == 0 || isFree(config.getListenAddress(), config.getBoltPort())) {
            return start(config, baseDir);
        }
        Path dataDir = baseDir.resolve(config.getDataDir()).toAbsolutePath().normalize();
        URI bolt = URI.create("bolt://" + config.getListenAddress() + ":" + config.getBoltPort());
        String theirs;
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none(),
                org.neo4j.driver.Config.builder().withLogging(org.neo4j.driver.Logging.none())
                        .withConnectionTimeout(5, java.util.concurrent.TimeUnit.SECONDS).build())) {
            theirs = driver.executableQuery(CypherFiles.read("system/data-directory.cypher"))
                    .execute().records().get(0).get("value").asString();
        } catch (RuntimeException e) {
            throw new PortInUseException(String.format("Port %d on %s is in use, but not by the Conflict Graph service on %s "
                    + "(no Neo4j without authentication answers there: %s). Stop that process, or choose the port of the "
                    + "running service with NEO4J_EMBEDDED_BOLT_PORT, or set NEO4J_URI.",
                    config.getBoltPort(), config.getListenAddress(), dataDir, e.getMessage().lines().findFirst().orElse("")));
        }
        if (!Path.of(theirs).toAbsolutePath().normalize().equals(dataDir)) {
            throw new PortInUseException(String.format("Port %d on %s is held by a Neo4j whose data is in %s, not %s. "
                    + "Choose the port of the service that runs on %s with NEO4J_EMBEDDED_BOLT_PORT, or set NEO4J_URI "
                    + "to use that other Neo4j.", config.getBoltPort(), config.getListenAddress(), theirs, dataDir, dataDir));
        }
        LOG.info("Using the running service's embedded Neo4j at {} (data {})", bolt, dataDir);
        return new EmbeddedNeo4j(null, null, false, bolt,
                URI.create("http://" + config.getListenAddress() + ":" + config.getHttpPort() + "/"));
    }

    private static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this is the running service's database, reached from the command line, rather than one this process started. */
    public boolean attached() {
        return neo4j == null;
    }

    public static EmbeddedNeo4j start(Neo4jConfiguration.EmbeddedConfiguration config, BaseDir baseDir) {
        ensureFree(config.getListenAddress(), config.getBoltPort(), "Bolt", "NEO4J_EMBEDDED_BOLT_PORT");
        ensureFree(config.getListenAddress(), config.getHttpPort(), "HTTP (Neo4j Browser)", "NEO4J_EMBEDDED_HTTP_PORT");
        long started = System.nanoTime();
        try {
            Path dataDir;
            Path workDir;
            if (config.isEphemeral()) {
                workDir = Files.createTempDirectory("conflict-graph-neo4j-");
                dataDir = workDir.resolve("data");
            } else {
                dataDir = baseDir.resolve(config.getDataDir());
                workDir = dataDir.resolveSibling(dataDir.getFileName() + "-run");
            }
            Files.createDirectories(dataDir);
            Files.createDirectories(workDir);
            Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(workDir)
                    // the builder's own directory is random on every start; data must persist
                    .withConfig(GraphDatabaseSettings.data_directory, dataDir)
                    .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(config.getPageCache()))
                    .withConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(config.getTransactionMaxSize()))
                    .withConfig(GraphDatabaseSettings.auth_enabled, false)
                    // checks reads against neo4j.query-timeout often enough to stop them close to the limit
                    .withConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                    .withConfig(GraphDatabaseSettings.udc_enabled, false)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    // Neo4j's in-JVM connector needs Netty 4.1 internals; Micronaut brings Netty 4.2
                    .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(BoltConnector.listen_address, new SocketAddress(config.getListenAddress(), config.getBoltPort()))
                    .withConfig(HttpConnector.enabled, true)
                    .withConfig(HttpConnector.listen_address, new SocketAddress(config.getListenAddress(), config.getHttpPort()))
                    .withConfig(ServerSettings.http_logging_enabled, false)
                    .withConfig(ServerSettings.allow_telemetry, false)
                    .withConfig(ServerSettings.browser_remote_content_hostname_whitelist, GUIDE_HOSTS);
            Neo4j neo4j = withGraphDataScience(builder).build();
            // a store written by the bulk importer is still being opened (counts, id files) when the server is up
            if (!neo4j.defaultDatabaseService().isAvailable(Duration.ofMinutes(10).toMillis())) {
                neo4j.close();
                throw new IllegalStateException("The embedded database in " + dataDir + " did not become available in 10 minutes");
            }
            LOG.info("Embedded Neo4j started in {} ms: bolt {}, browser {}browser/, data {}",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), neo4j.boltURI(), neo4j.httpURI(),
                    config.isEphemeral() ? "(temporary)" : dataDir);
            return new EmbeddedNeo4j(neo4j, workDir, config.isEphemeral(), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded Neo4j directories under " + config.getDataDir(), e);
        }
    }

    /**
     * Registers Graph Data Science (the analytics queries' {@code gds.*} procedures and functions). Neo4j finds
     * procedures only in a plugins folder, so the harness is handed each class GDS lists in its service files;
     * the {@code gds.graph.project} aggregation and GDS's extensions load from the classpath by themselves.
     */
    static Neo4jBuilder withGraphDataScience(Neo4jBuilder builder) {
        List<Class<?>> procedures = serviceClasses("META-INF/services/org.neo4j.procedure.Procedure");
        List<Class<?>> functions = serviceClasses("META-INF/services/org.neo4j.procedure.UserFunction");
        procedures.forEach(builder::withProcedure);
        functions.forEach(builder::withFunction);
        LOG.debug("Graph Data Science: {} procedure classes, {} function classes", procedures.size(), functions.size());
        return builder.withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
    }

    private static List<Class<?>> serviceClasses(String resource) {
        ClassLoader loader = EmbeddedNeo4j.class.getClassLoader();
        Set<String> names = new LinkedHashSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(resource))) {
                try (InputStream in = url.openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(line -> line.replaceFirst("#.*", "").strip())
                            .filter(line -> !line.isEmpty())
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + " from the classpath", e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(resource + " names " + name + ", which is not on the classpath", e);
            }
        }
        return classes;
    }

    private static void ensureFree(String host, int port, String what, String variable) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new PortInUseException(String.format(
                    "Port %d on %s, wanted by the embedded Neo4j for %s, is already in use. Stop the process that holds it, "
                            + "or choose another port with the environment variable %s (for example %s=%d), "
                            + "or use an external database by setting NEO4J_URI.",
                    port, host, what, variable, variable, port + 10000));
        }
    }

    public URI boltUri() { return neo4j == null ? attachedBolt : neo4j.boltURI(); }

    public URI httpUri() { return neo4j == null ? attachedHttp : neo4j.httpURI(); }

    @Override
    public void close() {
        if (neo4j == null) {
            return; // the running service's database: not ours to stop
        }
        neo4j.close();
        if (ephemeral) {
            deleteRecursively(workDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary database folder {}: {}", dir, e.getMessage());
        }
    }

    /** Thrown when a port the embedded database needs is taken; its message says how to pick another. */
    public static final class PortInUseException extends RuntimeException {
        PortInUseException(String message) { super(message); }
    }
}
