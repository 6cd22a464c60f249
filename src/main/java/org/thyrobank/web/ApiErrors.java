package org.thyrobank.web;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.platform.uploads.UploadForbiddenException;
import org.thyrobank.platform.uploads.UploadRejectedException;

/**
 * Errors as RFC 9457 problem details: Spring MVC's own (a missing part or parameter, a value of the wrong type, a
 * file over the size limit: 400/413 naming the parameter) and thyrobank's.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    /** A parameter outside its bounds ({@code @Min}, {@code @Max}, ...): the detail names it and says why. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> problems = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error ->
                                result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .toList();
        ProblemDetail body = e.getBody();
        body.setDetail(String.join("; ", problems));
        body.setProperty(
                "parameters",
                e.getParameterValidationResults().stream()
                        .map(result -> result.getMethodParameter().getParameterName())
                        .toList());
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @ExceptionHandler
    ProblemDetail uploadRejected(UploadRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Upload refused");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail uploadForbidden(UploadForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Upload not allowed for your role");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badQueryParameter(QueryParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
