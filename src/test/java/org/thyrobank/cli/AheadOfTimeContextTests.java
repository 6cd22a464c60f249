package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AheadOfTimeContextTests {

    private final ClassLoader withTheGeneratedContext = getClass().getClassLoader();

    @Test
    void statusAndReportStartFromTheGeneratedContextAndNoOtherCommandDoes() {
        assertThat(AheadOfTimeContext.wanted("status", new Properties(), withTheGeneratedContext))
                .isTrue();
        assertThat(AheadOfTimeContext.wanted("report", new Properties(), withTheGeneratedContext))
                .isTrue();
        for (String other : new String[] {"serve", "import", "demo", "export", "worker", "call-hotspots"}) {
            assertThat(AheadOfTimeContext.wanted(other, new Properties(), withTheGeneratedContext))
                    .as(other)
                    .isFalse();
        }
    }

    @Test
    void aSwitchGivenOnTheCommandLineIsLeftAsItIs() {
        Properties off = new Properties();
        off.setProperty(AheadOfTimeContext.SWITCH, "false");
        assertThat(AheadOfTimeContext.wanted("status", off, withTheGeneratedContext))
                .isFalse();
    }

    @Test
    void withoutTheGeneratedClassesTheContextIsBuiltAsUsual() throws Exception {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertThat(AheadOfTimeContext.wanted("status", new Properties(), bare))
                    .isFalse();
        }
    }
}
