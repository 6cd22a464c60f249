package org.thyrobank.cli;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.ThyrobankApplication;
import org.thyrobank.platform.database.OpenDatabase;

/** Starts the application context on an open database, for the commands that need Spring. */
public final class SpringContexts {

    /**
     * For a command that reads a few beans and ends: only the beans it asks for (and theirs) are made, not the
     * whole service's; Flyway still migrates first, since the mappers depend on the database's initialisation.
     */
    static final Map<String, Object> LAZY = Map.of("spring.main.lazy-initialization", true);

    private SpringContexts() {}

    static OpenDatabase open(DatabaseOptions options) {
        return options.external()
                ? OpenDatabase.external(options.url, options.user, options.password)
                : OpenDatabase.embedded(options.dataDir);
    }

    public static ConfigurableApplicationContext start(
            OpenDatabase database, WebApplicationType type, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.putAll(database.springProperties());
        return new SpringApplicationBuilder(ThyrobankApplication.class)
                .web(type)
                .properties(properties)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new AwaitDatabase(database)))
                .registerShutdownHook(false)
                .run();
    }

    /**
     * Holds back the DataSource, the first bean that connects (Flyway, MyBatis, Spring Batch, the pool all go
     * through it), until the embedded server that started beside the context is ready.
     */
    private record AwaitDatabase(OpenDatabase database) implements BeanPostProcessor {

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource) {
                database.awaitReady();
            }
            return bean;
        }
    }
}
