package org.thyrobank.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page ({@code templates/error.html}) and Spring Boot's {@code /error} JSON show: status and path,
 * and for a server error a correlation id that the log holds with the exception; never the exception's message.
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrorAttributes.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            attributes.remove("exception");
            attributes.remove("trace");
            attributes.remove("errors");
            String correlationId = InternalErrors.newCorrelationId();
            LOG.error("correlation id {}: {} failed", correlationId, attributes.get("path"), getError(request));
            attributes.put("correlation_id", correlationId);
            attributes.put("message", InternalErrors.message(correlationId));
        }
        return attributes;
    }
}
