package org.thyrobank.web.uploads;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.thyrobank.platform.uploads.Uploads;

/** At the web service's start, before the port opens: uploads a stopped service left RUNNING become FAILED. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class InterruptedUploads implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedUploads.class);

    private final Uploads uploads;

    InterruptedUploads(Uploads uploads) {
        this.uploads = uploads;
    }

    @Override
    public void afterPropertiesSet() {
        int interrupted = uploads.failInterrupted();
        if (interrupted > 0) {
            LOG.warn("{} upload(s) were still importing when the service last stopped: marked FAILED", interrupted);
        }
    }
}
