package org.thyrobank.cli;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.thyrobank.platform.database.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "The web service: REST API under /api/v1, OpenAPI at /v3/api-docs, pages under /; on"
                + " 127.0.0.1 unless --bind says otherwise, HTTPS with --tls-keystore.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException, IOException {
        Map<String, Object> properties = server.properties(database);
        OpenDatabase db = SpringContexts.open(database);
        ConfigurableApplicationContext context;
        try {
            context = SpringContexts.start(db, WebApplicationType.SERVLET, properties);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        serveUntilStopped(context, db, server.url());
        return 0;
    }

    /** Blocks until Ctrl-C or SIGTERM, which close the web application first and then the database under it. */
    static void serveUntilStopped(ConfigurableApplicationContext context, OpenDatabase db, String url)
            throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            context.close();
                            db.close();
                        },
                        "thyrobank-serve-stop"));
        System.err.println("thyrobank: serving on " + url + " (Ctrl-C stops)");
        closed.await();
    }
}
