package io.upskillplanner.ui.goals;

import java.util.UUID;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.store.CatalogIndex;
import io.upskillplanner.ui.catalog.CatalogRowSource;
import io.upskillplanner.ui.catalog.CatalogRows;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/** The catalog search beside a goal's candidates, to pick credentials to attach. */
public final class CandidatePickerViewModel {

    private final CatalogRowSource rowSource;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CatalogRows> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private CatalogIndex index;

    public CandidatePickerViewModel(AppState state) {
        this.rowSource = new CatalogRowSource(state.store().catalog(), state.tasks());
        rows.set(rowSource.rows(new UUID[0]));
        searchText.addListener(o -> refresh());
        state.catalogRevisionProperty().addListener(o -> state.withCatalogIndex(loaded -> {
            index = loaded;
            refresh();
        }));
        state.withCatalogIndex(loaded -> {
            index = loaded;
            refresh();
        });
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<CatalogRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void refresh() {
        if (index == null) {
            return;
        }
        UUID[] ids = index.query(CatalogQuery.ALL.withText(searchText.get()));
        rows.set(rowSource.rows(ids));
        summary.set(Messages.get("picker.summary", ids.length));
    }
}
