package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.APP_SETTING;

import java.util.Optional;

import org.jooq.DSLContext;

/** Small named settings kept in the database, so that they travel with backups. */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return dsl.select(APP_SETTING.VAL).from(APP_SETTING).where(APP_SETTING.NAME.eq(name)).fetchOptional(APP_SETTING.VAL);
    }

    public void put(String name, String value) {
        int updated = dsl.update(APP_SETTING).set(APP_SETTING.VAL, value).where(APP_SETTING.NAME.eq(name)).execute();
        if (updated == 0) {
            dsl.insertInto(APP_SETTING).set(APP_SETTING.NAME, name).set(APP_SETTING.VAL, value).execute();
        }
    }
}
