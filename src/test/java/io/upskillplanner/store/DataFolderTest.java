package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void explicitFolderWinsOverEverything() {
        DataFolder folder = DataFolder.resolve(Path.of("/data/x"), Map.of("UPSKILL_PLANNER_HOME", "/env"), "Linux", HOME);
        assertThat(folder.root()).isEqualTo(Path.of("/data/x"));
    }

    @Test
    void environmentVariableWinsOverThePlatformDefault() {
        assertThat(DataFolder.resolve(null, Map.of("UPSKILL_PLANNER_HOME", "/env"), "Linux", HOME).root())
                .isEqualTo(Path.of("/env"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/ana/.local/share/upskill-planner"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME).root())
                .isEqualTo(Path.of("/xdg/upskill-planner"));
    }

    @Test
    void macAndWindowsUseTheirApplicationDataFolders() {
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", HOME).root())
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Upskill Planner"));
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME).root())
                .isEqualTo(Path.of("/appdata/Upskill Planner"));
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> new DataFolder(file).ensureExists()).isInstanceOf(IOException.class)
                .hasMessageContaining("is a file");
    }

    @Test
    void theLockKeepsASecondHolderOut(@TempDir Path dir) throws IOException {
        DataFolder folder = new DataFolder(dir).ensureExists();
        try (InstanceLock first = InstanceLock.tryAcquire(folder).orElseThrow()) {
            assertThat(InstanceLock.tryAcquire(folder)).isEmpty();
        }
        try (InstanceLock again = InstanceLock.tryAcquire(folder).orElseThrow()) {
            assertThat(Files.readString(folder.lockFile())).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }
}
