package io.upskillplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfiguratorTest {

    @TempDir
    Path logs;

    @Test
    void theAppLogsAtInfoIntoTheDataFoldersLogFileAndLibrariesOnlyFromWarn() throws Exception {
        LoggerContext context = new LoggerContext();
        // SLF4J hands the real context its MDC adapter; a context made by hand needs one too.
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogConfigurator.logToFilesIn(context, logs.toString());

        context.getLogger("io.upskillplanner.store.Database").info("Opened database x");
        context.getLogger("io.upskillplanner.store.Database").debug("a detail");
        context.getLogger("org.flywaydb.core.Flyway").info("Flyway chatter");
        context.getLogger("org.jooq.Constants").warn("jOOQ warning");
        context.stop();

        String log = Files.readString(logs.resolve("upskill-planner.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  [main] io.upskillplanner.store.Database - Opened database x")
                .contains("WARN  [main] org.jooq.Constants - jOOQ warning")
                .doesNotContain("a detail").doesNotContain("Flyway chatter");
    }

    @Test
    void theTestsOwnLogbackConfigurationTakesOver() {
        assertThat(new LogConfigurator().configure(new LoggerContext()))
                .isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
