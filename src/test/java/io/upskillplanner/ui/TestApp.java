package io.upskillplanner.ui;

import java.nio.file.Path;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.exchange.DemoSeeder;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.TaskRunner;
import io.upskillplanner.ui.main.AppState;

/**
 * A real H2 database in a test folder, seeded with the demo data, and the shared UI state over it
 * with background work run at once on the caller: view models behave deterministically.
 */
public final class TestApp implements AutoCloseable {

    private final Database database;
    private final Store store;
    private final AppState state;

    public TestApp(Path dir) {
        database = Database.openH2(new DataFolder(dir));
        store = new Store(database);
        new DemoSeeder(store).seedIfNew();
        state = new AppState(store, TaskRunner.DIRECT);
        state.reloadProfiles();
    }

    public Store store() {
        return store;
    }

    public AppState state() {
        return state;
    }

    public Profile profile(String name) {
        return state.profiles().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    public void select(String profileName) {
        state.currentProfileProperty().set(profile(profileName));
    }

    @Override
    public void close() {
        database.close();
    }
}
