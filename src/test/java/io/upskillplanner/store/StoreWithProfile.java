package io.upskillplanner.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;

/**
 * A store on a fresh H2 file in a test's folder, with one person planning for themselves (6 hours
 * a week, a budget in euros): what an import or a badge needs to land somewhere.
 */
public final class StoreWithProfile implements AutoCloseable {

    private final Database database;
    private final Store store;
    private final Profile profile;

    private StoreWithProfile(Database database, Store store, Profile profile) {
        this.database = database;
        this.store = store;
        this.profile = profile;
    }

    public static StoreWithProfile open(Path dir, String name, String budgetEuros) {
        Database database = Database.openH2(new DataFolder(dir.resolve("data")));
        Store store = new Store(database);
        Profile profile = store.profiles().save(new Profile(UUID.randomUUID(), name, ProfileKind.SELF, null, null,
                new BigDecimal("6"), Money.of(budgetEuros, "EUR"), null, null, false, LocalDateTime.now(),
                LocalDateTime.now(), 0));
        return new StoreWithProfile(database, store, profile);
    }

    public Database database() {
        return database;
    }

    public Store store() {
        return store;
    }

    public Profile profile() {
        return profile;
    }

    @Override
    public void close() {
        database.close();
    }
}
