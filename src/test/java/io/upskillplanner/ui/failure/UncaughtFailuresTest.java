package io.upskillplanner.ui.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class UncaughtFailuresTest {

    @Test
    void installReplacesTheDefaultHandlerAndUninstallPutsTheOldOneBack() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        UncaughtFailures installed = UncaughtFailures.install(Path.of("log"));
        try {
            assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(installed);
        } finally {
            installed.uninstall();
        }
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(before);
    }
}
