package io.upskillplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's placement and the last profile share the appearance file with theme, language and size. */
class WindowMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aFirstStartFitsTheWindowOnASmallScreenAndCentresIt() {
        // A 1024 x 700 screen whose panel takes 28 px at the top.
        assertThat(WindowMemory.firstStart(new Rectangle2D(0, 28, 1024, 672)))
                .isEqualTo(new Rectangle2D(0, 28, 1024, 672));
        assertThat(WindowMemory.firstStart(new Rectangle2D(0, 0, 1920, 1080)))
                .isEqualTo(new Rectangle2D(360, 160, WindowMemory.FIRST_WIDTH, WindowMemory.FIRST_HEIGHT));
        // A second screen to the right of the first.
        assertThat(WindowMemory.firstStart(new Rectangle2D(1920, 0, 1366, 700)))
                .isEqualTo(new Rectangle2D(1920 + 83, 0, 1200, 700));
    }

    @Test
    void remembersBoundsMaximisedAndLastProfile() throws Exception {
        UUID profile = UUID.randomUUID();
        new WindowMemory(new Rectangle2D(40, 30, 1366, 768), true, Optional.of(profile)).write(dir);

        WindowMemory read = WindowMemory.read(dir).orElseThrow();

        assertThat(read.bounds()).isEqualTo(new Rectangle2D(40, 30, 1366, 768));
        assertThat(read.maximized()).isTrue();
        assertThat(read.lastProfile()).contains(profile);
    }

    @Test
    void appearanceAndPlacementKeepEachOthersKeys() throws Exception {
        new Appearance(Theme.DARK, Locale.GERMAN, 18).write(dir);
        new WindowMemory(new Rectangle2D(0, 0, 1024, 700), false, Optional.empty()).write(dir);
        new Appearance(Theme.LIGHT, Locale.GERMAN, 20).write(dir);

        assertThat(Appearance.read(dir)).isEqualTo(new Appearance(Theme.LIGHT, Locale.GERMAN, 20));
        assertThat(WindowMemory.read(dir).orElseThrow().bounds()).isEqualTo(new Rectangle2D(0, 0, 1024, 700));
    }

    @Test
    void aFileWithoutPlacementOrADamagedOneRemembersNothing() throws Exception {
        new Appearance(Theme.LIGHT, Locale.ENGLISH, 14).write(dir);
        assertThat(WindowMemory.read(dir)).isEmpty();

        Files.writeString(dir.resolve(Appearance.FILE_NAME), "window.x=left\nwindow.y=0\nwindow.width=1000\n"
                + "window.height=700\nlastProfile=not-a-uuid\n", StandardCharsets.UTF_8);
        assertThat(WindowMemory.read(dir)).isEmpty();
        assertThat(Appearance.read(dir)).isEqualTo(Appearance.defaults());
    }
}
