package io.upskillplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleObjectProperty;

import io.upskillplanner.ui.FxTestBase;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.common.ScriptedDialogs;
import io.upskillplanner.ui.settings.Appearance;
import io.upskillplanner.ui.settings.SettingsContext;
import io.upskillplanner.ui.settings.SettingsViewModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens are built when first shown (a start builds only the one it opens on), and what the
 * whole app depends on still comes with the shared part: the settings' default currency before
 * the Settings screen was ever opened, and the commands of screens not yet built.
 */
class ScreensFxTest extends FxTestBase {

    @TempDir
    Path dir;

    private TestApp app;
    private MainWindowViewModel shell;
    private Screens screens;

    @BeforeEach
    void open() throws Exception {
        app = new TestApp(dir);
        app.store().settings().put(SettingsViewModel.CURRENCY_SETTING, "CHF");
        shell = new MainWindowViewModel();
        shell.useSettings(new SettingsContext(dir, new SimpleObjectProperty<>(Appearance.read(dir)), path -> { }));
        WaitForAsyncUtils.asyncFx(() -> {
            shell.storeReady(app.state(), dir.toString());
            screens = new Screens(shell, new ScriptedDialogs(), (section, action) -> {
                screens.get(section);
                action.run();
            });
            screens.build();
        }).get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void onlyTheScreensShownOrCommandedAreBuilt() throws Exception {
        assertThat(built()).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> screens.get(Section.PROFILES)).get(30, TimeUnit.SECONDS);
        assertThat(built()).containsExactly(Section.PROFILES);

        WaitForAsyncUtils.asyncFx(() -> shell.commands().execute(AppCommand.SEARCH)).get(30, TimeUnit.SECONDS);
        assertThat(built()).containsExactly(Section.PROFILES, Section.CATALOG);

        for (Section section : EnumSet.complementOf(EnumSet.of(Section.BACKUPS))) {
            assertThat(WaitForAsyncUtils.asyncFx(() -> screens.get(section)).get(30, TimeUnit.SECONDS))
                    .as(section.name()).isNotNull();
        }
        assertThat(WaitForAsyncUtils.asyncFx(() -> screens.get(Section.BACKUPS)).get(30, TimeUnit.SECONDS))
                .as("no backups screen without backup operations (a team server)").isNull();
        assertThat(built()).isEqualTo(EnumSet.complementOf(EnumSet.of(Section.BACKUPS)));
    }

    @Test
    void theSharedPartAppliesTheStoredSettingsWithoutTheSettingsScreen() throws Exception {
        assertThat(app.state().defaultCurrency()).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> screens.buildShared()).get(30, TimeUnit.SECONDS);

        assertThat(app.state().defaultCurrency()).contains("CHF");
        assertThat(built()).doesNotContain(Section.SETTINGS);
        assertThat(shell.commands().get(AppCommand.IMPORT).executableProperty().isBound()).as("import is wired").isTrue();
    }

    private Set<Section> built() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Set<Section> sections = EnumSet.noneOf(Section.class);
            for (Section section : Section.values()) {
                if (screens.isBuilt(section)) {
                    sections.add(section);
                }
            }
            return sections;
        }).get(10, TimeUnit.SECONDS);
    }
}
