package org.thyrobank;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.thyrobank.platform.cli.ThyrobankCli;

/**
 * The service's Spring configuration root and the jar's entry point. The command line is parsed first: plain
 * file tools such as {@code call-hotspots} run without Spring or a database; the other commands start the
 * database and this application context as they need them.
 */
@SpringBootApplication
public class ThyrobankApplication {

    public static void main(String[] args) {
        System.exit(ThyrobankCli.run(args));
    }
}
