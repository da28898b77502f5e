package io.upskillplanner.ui.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.store.CatalogRepository;
import io.upskillplanner.ui.common.TaskRunner;

/**
 * Rows by id, read from the database a page at a time as they scroll into view, and kept for a
 * while so that a row seen before shows at once after the filter changes.
 */
public final class CatalogRowSource {

    /** Rows kept in memory: a few screens' worth in many tables, a small fraction of a big catalog. */
    static final int CACHE_SIZE = 5000;

    private final CatalogRepository catalog;
    private final TaskRunner tasks;
    private final Map<UUID, CatalogRow> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, CatalogRow> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public CatalogRowSource(CatalogRepository catalog, TaskRunner tasks) {
        this.catalog = catalog;
        this.tasks = tasks;
    }

    public CatalogRow row(UUID id) {
        return cache.computeIfAbsent(id, CatalogRow::new);
    }

    /** Reads the credentials of those rows that have none yet, then runs {@code loaded}. */
    void load(List<CatalogRow> rows, Runnable loaded) {
        List<UUID> missing = new ArrayList<>();
        for (CatalogRow row : rows) {
            if (row.credential() == null) {
                missing.add(row.id());
            }
        }
        if (!missing.isEmpty()) {
            tasks.run(() -> catalog.findAll(missing), credentials -> {
                update(credentials);
                loaded.run();
            }, TaskRunner.unexpected("Reading catalog rows"));
        }
    }

    /** Shows credentials just read or saved in every row that has their id. */
    public void update(List<Credential> credentials) {
        for (Credential c : credentials) {
            row(c.id()).set(c);
        }
    }

    public void forget(UUID id) {
        cache.remove(id);
    }

    /** Forgets every row read so far: an import or a provider's new name may have changed any of them. */
    public void forgetAll() {
        cache.clear();
    }

    /** The rows of a query's result, as a list a table can show. */
    public CatalogRows rows(UUID[] ids) {
        return new CatalogRows(ids, this);
    }
}
