package org.thyrobank;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service's Spring configuration root. The jar's entry point is {@link org.thyrobank.cli.ThyrobankCli}: the
 * command line is parsed first; plain file tools such as {@code call-hotspots} run without Spring or a database; the
 * other commands start the database and this application context as they need them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThyrobankApplication {}
