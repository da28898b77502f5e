package io.upskillplanner.ui.catalog;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.store.CatalogRepository;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.TaskRunner;

/** The catalog table and its search. Queries run in the store; only the newest answer is shown. */
public final class CatalogViewModel {

    /** More rows than anybody scrolls through; the count says how many match in all. */
    static final int ROW_LIMIT = 1000;

    private final CatalogRepository catalog;
    private final TaskRunner tasks;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<Credential> credentials = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private long generation;

    public CatalogViewModel(CatalogRepository catalog, TaskRunner tasks) {
        this.catalog = catalog;
        this.tasks = tasks;
        searchText.addListener((obs, old, text) -> refresh());
        refresh();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<Credential> credentials() {
        return credentials;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public boolean isStale(Credential credential) {
        return credential.provenance().isStale(LocalDate.now());
    }

    public void refresh() {
        long asked = ++generation;
        CatalogFilter filter = CatalogFilter.text(searchText.get());
        tasks.run(() -> new Page(catalog.search(filter, ROW_LIMIT), catalog.countMatching(filter)), page -> {
            if (asked == generation) {
                credentials.setAll(page.rows());
                summary.set(page.total() > page.rows().size()
                        ? Messages.get("catalog.summaryLimited", page.rows().size(), page.total())
                        : Messages.get("catalog.summary", page.total()));
            }
        }, error -> summary.set(Messages.get("status.error", error.getMessage())));
    }

    private record Page(List<Credential> rows, int total) {
    }
}
