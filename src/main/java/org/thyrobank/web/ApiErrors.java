package org.thyrobank.web;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.analysis.freeze.FreezeExistsException;
import org.thyrobank.analysis.freeze.UnknownFreezeException;
import org.thyrobank.platform.uploads.UploadForbiddenException;
import org.thyrobank.platform.uploads.UploadLimitException;
import org.thyrobank.platform.uploads.UploadRejectedException;

/**
 * Errors as RFC 9457 problem details: Spring MVC's own (a missing part or parameter, a value of the wrong type, a
 * request over a multipart limit: 400/413 naming the parameter or the limit) and thyrobank's. Unexpected errors
 * (a database error, a file that cannot be written) are {@link InternalErrors}'. A data freeze that does not exist is
 * 404, one whose name is taken 409 (docs/provenance.md).
 */
@RestControllerAdvice
@Order(0) // before InternalErrors, whose catch-all would otherwise take these too
class ApiErrors extends ResponseEntityExceptionHandler {

    private final MultipartLimits multipartLimits;

    ApiErrors(MultipartLimits multipartLimits) {
        this.multipartLimits = multipartLimits;
    }

    /** Tomcat's multipart limits, reported as which limit was hit, its value and the setting that raises it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, multipartLimits.problem(e), headers, status, request);
    }

    /** A multipart body Tomcat refused for another reason than its size (too many parts, headers too long). */
    @ExceptionHandler
    ProblemDetail multipartRefused(MultipartException e) {
        return multipartLimits.problem(e);
    }

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
    ProblemDetail uploadLimit(UploadLimitException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                e.bytes() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Upload limit reached");
        problem.setProperty("limit", e.setting());
        problem.setProperty("value", e.limit());
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
    ProblemDetail unknownFreeze(UnknownFreezeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such data freeze");
        problem.setProperty("freeze", e.name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail freezeExists(FreezeExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Data freeze exists already");
        problem.setProperty("freeze", e.name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
