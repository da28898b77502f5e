package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.APP_SETTING;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

/** Small named settings kept in the database, so that they travel with backups. */
public final class SettingsRepository {

    public static final String WEIGHT_PREFIX = "weights.default.";

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

    /**
     * The app-wide default scoring weights by criterion name; a profile's own weights override them.
     * Kept under {@value #WEIGHT_PREFIX}NAME so that no migration is needed.
     */
    public Map<String, BigDecimal> defaultWeights() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        dsl.select(APP_SETTING.NAME, APP_SETTING.VAL).from(APP_SETTING).where(APP_SETTING.NAME.startsWith(WEIGHT_PREFIX))
                .orderBy(APP_SETTING.NAME).forEach(r -> {
                    try {
                        weights.put(r.value1().substring(WEIGHT_PREFIX.length()), new BigDecimal(r.value2().strip()));
                    } catch (NumberFormatException | NullPointerException e) {
                        // A hand-edited value that is not a number falls back to the built-in default.
                    }
                });
        return weights;
    }

    public void putDefaultWeights(Map<String, BigDecimal> weights) {
        weights.forEach((criterion, weight) -> put(WEIGHT_PREFIX + criterion, weight.toPlainString()));
    }
}
