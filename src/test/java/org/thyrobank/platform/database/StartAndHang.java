package org.thyrobank.platform.database;

import java.nio.file.Path;

/** A process that starts the embedded server and then hangs, to be killed by a test as a crashed run would be. */
public final class StartAndHang {

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]));
        System.out.println("ready " + db.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
