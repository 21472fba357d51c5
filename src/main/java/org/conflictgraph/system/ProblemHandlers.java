package org.conflictgraph.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Maps the service's exceptions to JSON problem responses: bad input is never a 500. */
final class ProblemHandlers {
    private ProblemHandlers() {}

    static HttpResponse<Problem> problem(HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status).body(Problem.of(status, detail));
    }

    @Singleton
    @Produces("application/problem+json")
    static final class BadRequest implements ExceptionHandler<BadRequestException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, BadRequestException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @Singleton
    @Produces("application/problem+json")
    static final class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
            return problem(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @Singleton
    @Produces("application/problem+json")
    static final class DatabaseUnavailable implements ExceptionHandler<ServiceUnavailableException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ServiceUnavailableException e) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The database is unreachable: " + e.getMessage());
        }
    }

    @Singleton
    @Produces("application/problem+json")
    static final class SessionExpired implements ExceptionHandler<SessionExpiredException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, SessionExpiredException e) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The database connection was lost: " + e.getMessage());
        }
    }
}
