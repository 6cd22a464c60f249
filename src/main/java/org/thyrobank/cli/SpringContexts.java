package org.thyrobank.cli;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
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
                // in AOT mode the generated context is looked up by this class's name, not by ThyrobankCli's
                .main(ThyrobankApplication.class)
                .web(type)
                .properties(properties)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new AwaitDatabase(database)))
                .listeners(
                        new AroundLoggingSetUp(database, LoggingApplicationListener.DEFAULT_ORDER - 1, true),
                        new AroundLoggingSetUp(database, LoggingApplicationListener.DEFAULT_ORDER + 1, false))
                .registerShutdownHook(false)
                .run();
    }

    /**
     * Pauses the embedded server's start-up connections while Spring Boot sets logging up (it resets logback first):
     * the JDBC driver's log events in that gap made logback print "No appenders present" on stderr.
     */
    private record AroundLoggingSetUp(OpenDatabase database, int order, boolean before)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (before) {
                database.pauseConnecting();
            } else {
                database.resumeConnecting();
            }
        }

        @Override
        public int getOrder() {
            return order;
        }
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
