package io.upskillplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import io.upskillplanner.BundleFiles;
import io.upskillplanner.store.Backup;
import io.upskillplanner.store.CancelFlag;
import io.upskillplanner.store.RestoreResult;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.backups.BackupOperations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actions catalogue and the shell's view model, without a toolkit. */
class AppCommandsTest {

    private static final Path RESOURCES = Path.of("src/main/resources/io/upskillplanner");

    @TempDir
    Path dir;

    @Test
    void everyShortcutIsAKeyCombinationAndNoTwoCommandsShareOne() {
        List<KeyCombination> keys = new ArrayList<>();
        for (AppCommand command : AppCommand.values()) {
            command.accelerator().map(KeyCombination::valueOf).ifPresent(keys::add);
        }
        assertThat(keys).allSatisfy(key -> assertThat(key).isInstanceOf(KeyCodeCombination.class));
        assertThat(keys).doesNotHaveDuplicates().hasSize(22);
        assertThat(AppCommand.NEW_GOAL.accelerator().map(KeyCombination::valueOf))
                .contains(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        assertThat(AppCommand.SETTINGS.accelerator().map(KeyCombination::valueOf))
                .contains(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        assertThat(AppCommand.SHOW_RECOMMEND.accelerator().map(KeyCombination::valueOf))
                .contains(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
    }

    @Test
    void everyLabelIsInBothLanguages() throws IOException {
        Properties english = BundleFiles.load(RESOURCES.resolve("i18n/messages.properties"));
        Properties german = BundleFiles.load(RESOURCES.resolve("i18n/messages_de.properties"));
        assertThat(AppCommand.values()).allSatisfy(command -> {
            assertThat(english).containsKey(command.labelKey());
            assertThat(german).containsKey(command.labelKey());
        });
    }

    @Test
    void theMenusOfferEveryCommandOnce() throws IOException {
        String fxml = Files.readString(RESOURCES.resolve("ui/main/MainWindow.fxml"));
        Matcher item = Pattern.compile("<MenuItem id=\"(\\w+)\"/>").matcher(fxml);
        List<AppCommand> offered = new ArrayList<>();
        while (item.find()) {
            offered.add(AppCommand.byId(item.group(1)).orElseThrow(() -> new AssertionError(item.group())));
        }
        assertThat(offered).doesNotHaveDuplicates().containsExactlyInAnyOrder(AppCommand.values());
    }

    @Test
    void aCommandThatCannotBeDoneNowDoesNothing() {
        AppCommands commands = new AppCommands();
        List<String> done = new ArrayList<>();
        commands.on(AppCommand.NEW_GOAL, () -> done.add("new goal"));
        commands.get(AppCommand.NEW_GOAL).executableProperty().set(false);

        commands.execute(AppCommand.NEW_GOAL);
        assertThat(done).isEmpty();

        commands.get(AppCommand.NEW_GOAL).executableProperty().set(true);
        commands.execute(AppCommand.NEW_GOAL);
        assertThat(done).containsExactly("new goal");
    }

    @Test
    void untilTheStoreIsOpenOnlyQuitHelpAndAboutWork() {
        MainWindowViewModel shell = new MainWindowViewModel();

        assertThat(Arrays.stream(AppCommand.values()).filter(id -> shell.commands().get(id).executableProperty().get()))
                .containsExactlyInAnyOrder(AppCommand.QUIT, AppCommand.USER_GUIDE, AppCommand.SHORTCUTS, AppCommand.ABOUT);
        shell.commands().execute(AppCommand.SHOW_CATALOG);
        assertThat(shell.sectionProperty().get()).isEqualTo(Section.PROFILES);
    }

    @Test
    void onceOpenTheSectionCommandsShowTheirScreenAndUndoWaitsForSomethingToUndo() {
        try (TestApp app = new TestApp(dir)) {
            MainWindowViewModel shell = new MainWindowViewModel();
            shell.setBackupOperations(noBackups());
            shell.storeReady(app.state(), dir.toString());

            shell.commands().execute(AppCommand.SHOW_CATALOG);
            assertThat(shell.sectionProperty().get()).isEqualTo(Section.CATALOG);
            shell.commands().execute(AppCommand.SETTINGS);
            assertThat(shell.sectionProperty().get()).isEqualTo(Section.SETTINGS);

            assertThat(shell.commands().get(AppCommand.UNDO).executableProperty().get()).isFalse();
            List<String> undone = new ArrayList<>();
            app.state().offerUndo("Deleted a goal", () -> undone.add("goal back"));
            assertThat(shell.commands().get(AppCommand.UNDO).executableProperty().get()).isTrue();
            shell.commands().execute(AppCommand.UNDO);
            assertThat(undone).containsExactly("goal back");
            assertThat(shell.commands().get(AppCommand.UNDO).executableProperty().get()).isFalse();
        }
    }

    @Test
    void onASharedServerTheBackupsScreenStaysOff() {
        try (TestApp app = new TestApp(dir)) {
            MainWindowViewModel shell = new MainWindowViewModel();
            shell.storeReady(app.state(), "postgresql://team/planner");

            assertThat(shell.commands().get(AppCommand.SHOW_BACKUPS).executableProperty().get()).isFalse();
            assertThat(shell.commands().get(AppCommand.SHOW_REPORTS).executableProperty().get()).isTrue();
        }
    }

    private static BackupOperations noBackups() {
        return new BackupOperations() {
            @Override
            public List<Backup> list() {
                return List.of();
            }

            @Override
            public Backup create() {
                throw new UnsupportedOperationException();
            }

            @Override
            public RestoreResult restore(Path backupFile, CancelFlag cancel) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
