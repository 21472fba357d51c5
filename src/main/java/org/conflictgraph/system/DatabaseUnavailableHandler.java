package org.conflictgraph.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** A database that cannot be reached is a 503 with a JSON body, never a 500. */
@Produces("application/problem+json")
@Singleton
@Requires(classes = {ServiceUnavailableException.class, ExceptionHandler.class})
final class DatabaseUnavailableHandler implements ExceptionHandler<ServiceUnavailableException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ServiceUnavailableException exception) {
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "The database is unreachable: " + exception.getMessage()));
    }
}
