package org.thyrobank.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The limits Tomcat puts on a multipart request, as configured, to say which one a refused request passed. Tomcat
 * tells them apart only by its exception's class and message (commons-fileupload, repackaged).
 */
@Component
class MultipartLimits {

    private final String maxPartCount;
    private final String maxPartHeaderSize;
    private final String maxFileSize;
    private final String maxRequestSize;

    MultipartLimits(
            @Value("${server.tomcat.max-part-count}") String maxPartCount,
            @Value("${server.tomcat.max-part-header-size}") String maxPartHeaderSize,
            @Value("${spring.servlet.multipart.max-file-size}") String maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size}") String maxRequestSize) {
        this.maxPartCount = maxPartCount;
        this.maxPartHeaderSize = maxPartHeaderSize;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    /** A 413 naming the limit the request passed, or a 400 when the body could not be read for another reason. */
    ProblemDetail problem(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage());
            if (type.equals("FileCountLimitExceededException")) {
                return tooLarge(
                        "more parts (files and fields) than the " + maxPartCount + " one request may carry",
                        "server.tomcat.max-part-count",
                        maxPartCount);
            }
            if (message.startsWith("Header section has more than")) {
                return tooLarge(
                        "a part's headers (its file name and path) longer than " + maxPartHeaderSize,
                        "server.tomcat.max-part-header-size",
                        maxPartHeaderSize);
            }
            if (type.equals("FileSizeLimitExceededException")) {
                return tooLarge(
                        "a file larger than " + maxFileSize, "spring.servlet.multipart.max-file-size", maxFileSize);
            }
            if (type.equals("SizeLimitExceededException")) {
                return tooLarge(
                        "a request larger than " + maxRequestSize,
                        "spring.servlet.multipart.max-request-size",
                        maxRequestSize);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "the multipart/form-data body could not be read");
        problem.setTitle("Unreadable upload");
        return problem;
    }

    private static ProblemDetail tooLarge(String what, String setting, String value) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                "The upload was refused: " + what + " (" + setting + "=" + value + "). Send fewer or smaller"
                        + " files at once (a zipped run counts as one file), or raise " + setting + ".");
        problem.setTitle("Upload too large");
        problem.setProperty("limit", setting);
        problem.setProperty("value", value);
        return problem;
    }
}
