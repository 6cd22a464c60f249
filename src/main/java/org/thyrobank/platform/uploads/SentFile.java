package org.thyrobank.platform.uploads;

import java.io.IOException;
import java.io.InputStream;

/** One file of an upload as it was sent: the name it came with and its content, opened when it is written out. */
public record SentFile(String name, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** The name cut to its last part: a browser or client may send a path. */
    String plainName() {
        return name == null ? null : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
