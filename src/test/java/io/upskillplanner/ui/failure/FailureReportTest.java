package io.upskillplanner.ui.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailureReportTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void whatFailedNamesTheDeepestCause() {
        Throwable failure = new IllegalStateException("Reading catalog rows",
                new UncheckedIOException(new IOException("disk gone")));
        FailureReport report = new FailureReport("database", failure, Path.of("/data/logs/upskill-planner.log"));

        assertThat(report.whatFailed()).isEqualTo("IOException: disk gone");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsType() {
        FailureReport report = new FailureReport("main", new NullPointerException(), Path.of("log"));

        assertThat(report.whatFailed()).isEqualTo("NullPointerException");
    }

    @Test
    void longMessagesAreCutToOneShortLine() {
        String message = "line one\n" + "x".repeat(5_000);
        FailureReport report = new FailureReport("main", new RuntimeException(message), Path.of("log"));

        assertThat(report.whatFailed()).hasSizeLessThan(230).doesNotContain("\n").startsWith("RuntimeException: line one x");
    }

    @Test
    void detailsCarryVersionThreadLogAndStackTrace() {
        RuntimeException failure = new RuntimeException("boom");
        FailureReport report = new FailureReport("JavaFX Application Thread", failure, Path.of("/d/logs/upskill-planner.log"));

        assertThat(report.details())
                .startsWith("Upskill Planner ")
                .contains("Thread: JavaFX Application Thread")
                .contains("Log: " + Path.of("/d/logs/upskill-planner.log"))
                .contains("java.lang.RuntimeException: boom")
                .contains("at io.upskillplanner.ui.failure.FailureReportTest");
    }

    @Test
    void explanationIsInTheUsersLanguage() {
        Locale.setDefault(Locale.GERMAN);
        FailureReport report = new FailureReport("main", new RuntimeException("kaputt"), Path.of("/d/log"));

        assertThat(report.header()).isEqualTo("Etwas ist schiefgegangen");
        assertThat(report.explanation()).contains("RuntimeException: kaputt").contains("Es ging nichts verloren")
                .contains(Path.of("/d/log").toString());
    }
}
