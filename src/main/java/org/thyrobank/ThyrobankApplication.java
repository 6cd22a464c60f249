package org.thyrobank;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service's Spring configuration root. The jar's entry point is {@link org.thyrobank.cli.ThyrobankCli}: the
 * command line is parsed first; plain file tools such as {@code call-hotspots} run without Spring or a database; the
 * other commands start the database and this application context as they need them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThyrobankApplication {

    /**
     * Not the jar's entry point: the build's Spring AOT processing ({@code spring-boot:process-aot}, pom.xml) starts
     * the application through this method to generate the context that {@code status} and {@code report} start from
     * in AOT mode.
     */
    public static void main(String[] args) {
        SpringApplication.run(ThyrobankApplication.class, args);
    }
}
