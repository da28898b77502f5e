package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import io.upskillplanner.store.Backup;
import io.upskillplanner.store.BackupReason;
import io.upskillplanner.store.RecoveryNeededException;
import io.upskillplanner.store.RecoveryNeededException.Problem;
import io.upskillplanner.ui.StartupRecovery.Choice;

import org.junit.jupiter.api.Test;

class StartupRecoveryTest {

    private final Path file = Path.of("/data/upskill-planner.mv.db");
    private final Backup backup = new Backup(Path.of("/data/backups/upskill-planner-20250301-090000-startup.zip"),
            LocalDateTime.parse("2025-03-01T09:00:00"), BackupReason.STARTUP, 12_345);

    @Test
    void aDamagedDatabaseWithBackupsOffersTheLatestFirst() {
        StartupRecovery recovery = StartupRecovery.of(new RecoveryNeededException(Problem.DAMAGED, file, "bad", backup, null));

        assertThat(recovery.choices()).containsExactly(Choice.RESTORE_LATEST, Choice.START_EMPTY, Choice.QUIT);
        assertThat(recovery.latest()).contains(backup);
        assertThat(recovery.message()).contains(file.toString(), backup.file().toString(), "damaged", "never deleted");
    }

    @Test
    void aDamagedDatabaseWithoutBackupsCannotOfferARestore() {
        StartupRecovery recovery = StartupRecovery.of(new RecoveryNeededException(Problem.DAMAGED, file, "bad", null, null));

        assertThat(recovery.choices()).containsExactly(Choice.START_EMPTY, Choice.QUIT);
        assertThat(recovery.message()).contains("no backup");
    }

    @Test
    void aMissingDatabaseSaysItIsMissingAndKeepsTheBackups() {
        StartupRecovery recovery = StartupRecovery.of(new RecoveryNeededException(Problem.MISSING, file, "missing", backup, null));

        assertThat(recovery.choices()).containsExactly(Choice.RESTORE_LATEST, Choice.START_EMPTY, Choice.QUIT);
        assertThat(recovery.title()).containsIgnoringCase("missing");
        assertThat(recovery.message()).contains("backups stay");
    }

    @Test
    void everyChoiceHasALabel() {
        for (Choice choice : Choice.values()) {
            assertThat(StartupRecovery.label(choice)).doesNotStartWith("!");
        }
    }
}
