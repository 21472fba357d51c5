package org.conflictgraph.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * Where the database is. With {@code neo4j.uri} (env {@code NEO4J_URI}) set, the service uses that
 * Neo4j; without it, it starts the embedded one described by {@link EmbeddedConfiguration}.
 */
@ConfigurationProperties("neo4j")
public final class Neo4jConfiguration {
    private String uri;
    private String username;
    private String password;
    private String database = "neo4j";
    private Duration queryTimeout = Duration.ofSeconds(30);
    private int maxConnectionPoolSize = 128;
    private Duration connectionAcquisitionTimeout = Duration.ofSeconds(10);

    @Nullable
    public String getUri() { return uri; }
    public void setUri(@Nullable String uri) { this.uri = uri; }

    @Nullable
    public String getUsername() { return username; }
    public void setUsername(@Nullable String username) { this.username = username; }

    @Nullable
    public String getPassword() { return password; }
    public void setPassword(@Nullable String password) { this.password = password; }

    public String getDatabase() { return database; }
    public void setDatabase(String database) { this.database = database; }

    /** How long one API read may run before the database stops it (the API then answers 503). */
    public Duration getQueryTimeout() { return queryTimeout; }
    public void setQueryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; }

    /** The driver's connections: at most this many API reads run at once; further requests wait for a free one. */
    public int getMaxConnectionPoolSize() { return maxConnectionPoolSize; }
    public void setMaxConnectionPoolSize(int maxConnectionPoolSize) { this.maxConnectionPoolSize = maxConnectionPoolSize; }

    /** How long a request waits for a free connection before the API answers 503 (busy). */
    public Duration getConnectionAcquisitionTimeout() { return connectionAcquisitionTimeout; }
    public void setConnectionAcquisitionTimeout(Duration timeout) { this.connectionAcquisitionTimeout = timeout; }

    public boolean isExternal() { return uri != null && !uri.isBlank(); }

    @ConfigurationProperties("embedded")
    public static final class EmbeddedConfiguration {
        private String dataDir = "data/neo4j";
        private boolean ephemeral;
        private String listenAddress = "127.0.0.1";
        private int boltPort = 7687;
        private int httpPort = 7474;
        private String pageCache = "256m";
        private String transactionMaxSize = "2g";

        public String getDataDir() { return dataDir; }
        public void setDataDir(String dataDir) { this.dataDir = dataDir; }
        /** A throw-away store in a temporary folder, deleted at shutdown (the tests use it). */
        public boolean isEphemeral() { return ephemeral; }
        public void setEphemeral(boolean ephemeral) { this.ephemeral = ephemeral; }
        public String getListenAddress() { return listenAddress; }
        public void setListenAddress(String listenAddress) { this.listenAddress = listenAddress; }
        public int getBoltPort() { return boltPort; }
        public void setBoltPort(int boltPort) { this.boltPort = boltPort; }
        public int getHttpPort() { return httpPort; }
        public void setHttpPort(int httpPort) { this.httpPort = httpPort; }
        public String getPageCache() { return pageCache; }
        public void setPageCache(String pageCache) { this.pageCache = pageCache; }
        public String getTransactionMaxSize() { return transactionMaxSize; }
        public void setTransactionMaxSize(String transactionMaxSize) { this.transactionMaxSize = transactionMaxSize; }
    }
}
