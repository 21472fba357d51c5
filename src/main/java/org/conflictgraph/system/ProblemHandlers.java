package org.conflictgraph.system;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import java.util.concurrent.TimeoutException;

/** Maps the service's exceptions to JSON problem responses: bad input is never a 500. */
final class ProblemHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

    private ProblemHandlers() {}

    /** A request the service refuses (400, 404, 409): its status, and its message as the detail. */
    @Singleton
    @Produces("application/problem+json")
    static final class Refused implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
            return Problem.response(e.status(), e.getMessage());
        }
    }

    @Singleton
    @Produces("application/problem+json")
    static final class DatabaseUnavailable implements ExceptionHandler<ServiceUnavailableException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ServiceUnavailableException e) {
            return Problem.response(HttpStatus.SERVICE_UNAVAILABLE, "The database is unreachable: " + e.getMessage());
        }
    }

    /**
     * A read that ran past {@code neo4j.query-timeout} was stopped by the database, or no connection
     * came free within {@code neo4j.connection-acquisition-timeout} (every one busy with other reads).
     */
    @Singleton
    @Produces("application/problem+json")
    static final class QueryFailed implements ExceptionHandler<ClientException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ClientException e) {
            if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                return Problem.response(HttpStatus.SERVICE_UNAVAILABLE, "The query ran longer than the service allows (neo4j.query-timeout) "
                        + "and was stopped; narrow it with limit, maxHops, asOf or statuses");
            }
            if (e.getCause() instanceof TimeoutException) {
                return Problem.response(HttpStatus.SERVICE_UNAVAILABLE, "The service is busy: every database connection is "
                        + "running another read (neo4j.max-connection-pool-size); try again shortly")
                        .header(HttpHeaders.RETRY_AFTER, "1");
            }
            return Problem.response(HttpStatus.INTERNAL_SERVER_ERROR, "The database refused the query: " + e.getMessage());
        }
    }

    @Singleton
    @Produces("application/problem+json")
    static final class SessionExpired implements ExceptionHandler<SessionExpiredException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, SessionExpiredException e) {
            return Problem.response(HttpStatus.SERVICE_UNAVAILABLE, "The database connection was lost: " + e.getMessage());
        }
    }

    /** The database is short of memory or otherwise busy for now (a transient error): the same read may pass later. */
    @Singleton
    @Produces("application/problem+json")
    static final class DatabaseBusy implements ExceptionHandler<TransientException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TransientException e) {
            return Problem.response(HttpStatus.SERVICE_UNAVAILABLE, "The database is busy: " + e.getMessage())
                    .header(HttpHeaders.RETRY_AFTER, "5");
        }
    }

    /** Any other failure of the database: a 500, but still the project's problem body, and logged. */
    @Singleton
    @Produces("application/problem+json")
    static final class DatabaseFailed implements ExceptionHandler<Neo4jException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Neo4jException e) {
            LOG.error("{} {}: the database failed", request.getMethod(), request.getPath(), e);
            return Problem.response(HttpStatus.INTERNAL_SERVER_ERROR, "The database failed to answer: " + e.getMessage());
        }
    }

    /** A fault of the service itself: a 500 with the project's problem body (never the framework's), and logged. */
    @Singleton
    @Produces("application/problem+json")
    static final class Unexpected implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, RuntimeException e) {
            LOG.error("{} {}: unexpected failure", request.getMethod(), request.getPath(), e);
            return Problem.response(HttpStatus.INTERNAL_SERVER_ERROR, "The service failed to answer (" + e.getClass().getSimpleName()
                    + "); the service log has the details");
        }
    }
}
