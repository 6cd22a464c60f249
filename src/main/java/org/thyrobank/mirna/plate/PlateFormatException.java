package org.thyrobank.mirna.plate;

import java.util.List;
import org.thyrobank.platform.BundleFileException;

/**
 * A plate file no reader takes, or one whose layout its reader cannot follow: the file is refused before any of
 * its values are checked. Every message names the file and, where there is one, the line (or XML element).
 */
public final class PlateFormatException extends BundleFileException {

    public PlateFormatException(String file, List<String> problems) {
        super(file, problems);
    }

    public static PlateFormatException of(String file, String problem) {
        return new PlateFormatException(file, List.of(problem));
    }
}
