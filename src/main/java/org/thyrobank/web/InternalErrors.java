package org.thyrobank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An API call that failed on the server (a database error, a file that cannot be read or written): the caller gets
 * a plain 500 problem with a correlation id, never the exception's text (SQL, mapper and class names, server paths);
 * the log holds the detail under the same id. Pages get the same through {@link PageErrorAttributes}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class InternalErrors {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrors.class);

    @ExceptionHandler
    ProblemDetail internalError(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security answers these (401/403)
        }
        String correlationId = newCorrelationId();
        LOG.error("correlation id {}: {} {} failed", correlationId, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, message(correlationId));
        problem.setProperty("correlation_id", correlationId);
        return problem;
    }

    static String newCorrelationId() {
        return UUID.randomUUID().toString().substring(0, 13);
    }

    static String message(String correlationId) {
        return "The server could not complete this request. An administrator finds what went wrong in the"
                + " service's log under correlation id " + correlationId + ".";
    }
}
