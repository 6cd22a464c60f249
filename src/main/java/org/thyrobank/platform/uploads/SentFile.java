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
        return name == null ? null : name.substring(lastSeparator() + 1);
    }

    /** The folder the file was in when the name came with a path (a browser sending a chosen folder does), or null. */
    String folderName() {
        int end = lastSeparator();
        if (name == null || end <= 0) {
            return null;
        }
        String folderPath = name.substring(0, end);
        return folderPath.substring(Math.max(folderPath.lastIndexOf('/'), folderPath.lastIndexOf('\\')) + 1);
    }

    private int lastSeparator() {
        return Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    }
}
