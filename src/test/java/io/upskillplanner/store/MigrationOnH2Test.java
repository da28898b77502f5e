package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class MigrationOnH2Test extends MigrationTest {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Test
    void theDatabaseIsAFileInTheDataFolder() {
        testDatabase.open();

        assertThat(Files.exists(new DataFolder(dir).databaseFile())).isTrue();
    }
}
