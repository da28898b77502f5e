package io.upskillplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.exchange.DemoSeeder;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.QueuedTasks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start defers until the first screen has its profiles. */
class AppStateTest {

    @TempDir
    Path dir;

    @Test
    void workAfterTheFirstProfilesLoadWaitsForItThenRunsAtOnce() {
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            new DemoSeeder(store).seedIfNew();
            QueuedTasks tasks = new QueuedTasks();
            AppState state = new AppState(store, tasks);
            List<String> ran = new ArrayList<>();

            state.afterFirstProfilesLoad(() -> ran.add("waited, " + state.profiles().size() + " profiles"));
            state.reloadProfiles();
            assertThat(ran).isEmpty();
            tasks.runAll();

            assertThat(ran).containsExactly("waited, " + store.profiles().list().size() + " profiles");
            state.afterFirstProfilesLoad(() -> ran.add("at once"));
            assertThat(ran).hasSize(2).endsWith("at once");
            state.reloadProfiles();
            tasks.runAll();
            assertThat(ran).as("each action runs once").hasSize(2);
        }
    }

    @Test
    void aFailedFirstLoadStillLetsTheWaitingWorkRun() {
        Database database = Database.openH2(new DataFolder(dir));
        Store store = new Store(database);
        QueuedTasks tasks = new QueuedTasks();
        AppState state = new AppState(store, tasks);
        List<String> ran = new ArrayList<>();
        state.afterFirstProfilesLoad(() -> ran.add("ran"));
        state.reloadProfiles();
        database.close();

        tasks.runAll();

        assertThat(ran).containsExactly("ran");
        assertThat(state.statusProperty().get()).isNotBlank();
    }
}
