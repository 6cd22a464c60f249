package org.thyrobank.cli;

import org.springframework.beans.factory.aot.BeanRegistrationExcludeFilter;
import org.springframework.beans.factory.support.RegisteredBean;

/**
 * Leaves the web door's beans (package {@code org.thyrobank.web}: pages, API controllers, their configuration and the
 * beans it defines) out of the context generated ahead of time, which only {@code status} and {@code report} start
 * (META-INF/spring/aot.factories, src/aot/status-report.properties). Lazy as they are, they still cost start-up time:
 * at the end of every start Spring looks through each bean's class for event listeners, loading the classes of every
 * method's signature (about 700 classes and 0.15 s of {@code status} for the web's; docs/performance.md).
 */
public final class AotContextWithoutWeb implements BeanRegistrationExcludeFilter {

    private static final String WEB_PACKAGE = "org.thyrobank.web.";

    @Override
    public boolean isExcludedFromAotProcessing(RegisteredBean bean) {
        if (inWeb(bean.getBeanClass())) {
            return true;
        }
        String factory = bean.getMergedBeanDefinition().getFactoryBeanName();
        return factory != null && inWeb(bean.getBeanFactory().getType(factory));
    }

    private static boolean inWeb(Class<?> type) {
        return type != null && type.getName().startsWith(WEB_PACKAGE);
    }
}
