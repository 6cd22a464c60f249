package org.thyrobank;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out of an architecture test the classes Spring AOT generates at build time for {@code status} and
 * {@code report} ({@code ThyrobankApplication__BeanFactoryRegistrations}, {@code ReportService__BeanDefinitions} and
 * the like): they wire the modules together with Spring by design and are not ours to keep apart.
 */
public final class NotGeneratedAheadOfTime implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("__");
    }
}
