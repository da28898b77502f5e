package io.upskillplanner.ui.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;

import javafx.collections.ObservableListBase;

/**
 * A read-only list over the ids of one query's matches. A table asks only for the rows it shows;
 * asking for a row reads its page from the database, so 100,000 matches cost 100,000 ids, not
 * 100,000 credentials. A new query makes a new list: this one never changes its rows; when a
 * page's credentials arrive, it reports those rows as updated, so that what measures the rows'
 * values (the column widths) measures them again.
 */
public final class CatalogRows extends ObservableListBase<CatalogRow> {

    static final int PAGE = 50;

    private final UUID[] ids;
    private final CatalogRowSource source;
    private final BitSet requested = new BitSet();

    CatalogRows(UUID[] ids, CatalogRowSource source) {
        this.ids = ids;
        this.source = source;
    }

    @Override
    public CatalogRow get(int index) {
        CatalogRow row = source.row(ids[index]);
        int page = index / PAGE;
        if (row.credential() == null && !requested.get(page)) {
            requested.set(page);
            int from = page * PAGE;
            int to = Math.min(ids.length, from + PAGE);
            List<CatalogRow> rows = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                rows.add(source.row(ids[i]));
            }
            source.load(rows, () -> rowsUpdated(from, to));
        }
        return row;
    }

    private void rowsUpdated(int from, int to) {
        beginChange();
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
    }

    @Override
    public int size() {
        return ids.length;
    }

    public UUID idAt(int index) {
        return ids[index];
    }

    // Without these, AbstractList would walk every row and so read every page from the database.
    @Override
    public int indexOf(Object o) {
        return o instanceof CatalogRow row ? indexOfId(row.id()) : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** The position of a credential in this list, or -1. */
    public int indexOfId(UUID id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
