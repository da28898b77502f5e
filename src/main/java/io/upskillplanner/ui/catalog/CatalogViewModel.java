package io.upskillplanner.ui.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.CatalogSort;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Industries;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.store.CatalogIndex;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.main.AppState;
import java.util.function.Consumer;

/**
 * The catalog table, its filters and its order. Filtering and sorting run on the in-memory
 * {@link CatalogIndex} as the user types; the table reads only the rows it shows.
 */
public final class CatalogViewModel {

    private final AppState state;
    private final DialogService dialogs;
    private final CatalogRowSource rowSource;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<String> industries = FXCollections.observableArrayList();
    private final ObservableList<String> selectedIndustries = FXCollections.observableArrayList();
    private final ObservableList<DeliveryFormat> selectedFormats = FXCollections.observableArrayList();
    private final ObservableList<Pacing> selectedPacings = FXCollections.observableArrayList();
    private final DoubleProperty minCost = new SimpleDoubleProperty(0);
    private final DoubleProperty maxCost = new SimpleDoubleProperty(0);
    private final ReadOnlyDoubleWrapper costCeiling = new ReadOnlyDoubleWrapper(0);
    private final DoubleProperty minEffort = new SimpleDoubleProperty(0);
    private final DoubleProperty maxEffort = new SimpleDoubleProperty(0);
    private final ReadOnlyDoubleWrapper effortCeiling = new ReadOnlyDoubleWrapper(0);
    private final BooleanProperty accreditedOnly = new SimpleBooleanProperty();
    private final BooleanProperty badgeOnly = new SimpleBooleanProperty();
    private final BooleanProperty stackableOnly = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<CatalogRows> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.get("catalog.loading"));
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private CatalogSort sort = CatalogSort.TITLE;
    private boolean descending;
    private CatalogIndex index;
    private boolean adjusting;

    public CatalogViewModel(AppState state, DialogService dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        this.rowSource = new CatalogRowSource(state.store().catalog(), state.tasks());
        rows.set(rowSource.rows(new UUID[0]));
        for (Observable input : new Observable[] {searchText, selectedIndustries, selectedFormats, selectedPacings,
                minCost, maxCost, minEffort, maxEffort, accreditedOnly, badgeOnly, stackableOnly}) {
            input.addListener(o -> {
                if (!adjusting) {
                    refresh();
                }
            });
        }
        showFirstPage();
        state.withCatalogIndex(loaded -> {
            index = loaded;
            resetRanges();
            ready.set(true);
            refresh();
        });
        // Another screen or an import changed the catalog: pick up the (possibly new) shared index.
        state.catalogRevisionProperty().addListener(o -> state.withCatalogIndex(loaded -> {
            if (loaded != index) {
                // A new index is read after changes to many credentials at once.
                index = loaded;
                rowSource.forgetAll();
                resetRanges();
            }
            refresh();
        }));
        loadIndustries();
    }

    /**
     * Reading the search index of a big catalog takes a while; the first page, read on the title
     * index, shows at once meanwhile.
     */
    private void showFirstPage() {
        state.tasks().run(() -> state.store().catalog().search(CatalogFilter.ALL, CatalogRows.PAGE), first -> {
            if (index == null) {
                rowSource.update(first);
                rows.set(rowSource.rows(first.stream().map(Credential::id).toArray(UUID[]::new)));
            }
        }, state::showError);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<String> industries() {
        return industries;
    }

    public ObservableList<String> selectedIndustries() {
        return selectedIndustries;
    }

    public ObservableList<DeliveryFormat> selectedFormats() {
        return selectedFormats;
    }

    public ObservableList<Pacing> selectedPacings() {
        return selectedPacings;
    }

    public DoubleProperty minCostProperty() {
        return minCost;
    }

    public DoubleProperty maxCostProperty() {
        return maxCost;
    }

    public ReadOnlyDoubleProperty costCeilingProperty() {
        return costCeiling.getReadOnlyProperty();
    }

    public DoubleProperty minEffortProperty() {
        return minEffort;
    }

    public DoubleProperty maxEffortProperty() {
        return maxEffort;
    }

    public ReadOnlyDoubleProperty effortCeilingProperty() {
        return effortCeiling.getReadOnlyProperty();
    }

    public BooleanProperty accreditedOnlyProperty() {
        return accreditedOnly;
    }

    public BooleanProperty badgeOnlyProperty() {
        return badgeOnly;
    }

    public BooleanProperty stackableOnlyProperty() {
        return stackableOnly;
    }

    /** The rows to show; a new list after every change of the filters or the order. */
    public ReadOnlyObjectProperty<CatalogRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public AppState state() {
        return state;
    }

    public boolean isStale(Credential credential) {
        return credential.provenance().isStale(LocalDate.now());
    }

    /** Orders the catalog; null orders by title. */
    public void sortBy(CatalogSort newSort, boolean newDescending) {
        sort = newSort == null ? CatalogSort.TITLE : newSort;
        descending = newSort != null && newDescending;
        refresh();
    }

    public CatalogQuery query() {
        double ceilingCost = costCeiling.get();
        double ceilingEffort = effortCeiling.get();
        BigDecimal lowCost = minCost.get() > 0 ? BigDecimal.valueOf(Math.floor(minCost.get())) : null;
        BigDecimal highCost = maxCost.get() < ceilingCost ? BigDecimal.valueOf(Math.ceil(maxCost.get())) : null;
        Integer lowEffort = minEffort.get() > 0 ? (int) Math.floor(minEffort.get()) : null;
        Integer highEffort = maxEffort.get() < ceilingEffort ? (int) Math.ceil(maxEffort.get()) : null;
        Set<DeliveryFormat> formats = selectedFormats.isEmpty() ? Set.of() : EnumSet.copyOf(selectedFormats);
        Set<Pacing> pacings = selectedPacings.isEmpty() ? Set.of() : EnumSet.copyOf(selectedPacings);
        return new CatalogQuery(searchText.get(), new HashSet<>(selectedIndustries), lowCost, highCost, lowEffort,
                highEffort, formats, pacings, accreditedOnly.get(), badgeOnly.get(), stackableOnly.get(), sort,
                descending);
    }

    /** Runs the query on the index and shows the matches. Takes milliseconds, so it runs right here. */
    public void refresh() {
        if (index == null) {
            return;
        }
        UUID[] ids = index.query(query());
        rows.set(rowSource.rows(ids));
        int total = index.size();
        summary.set(ids.length == total ? Messages.get("catalog.summary", total)
                : Messages.get("catalog.summaryFiltered", ids.length, total));
    }

    /** Takes every filter back, keeping the order. */
    public void clearFilters() {
        adjusting = true;
        try {
            searchText.set("");
            selectedIndustries.clear();
            selectedFormats.clear();
            selectedPacings.clear();
            accreditedOnly.set(false);
            badgeOnly.set(false);
            stackableOnly.set(false);
            resetRanges();
        } finally {
            adjusting = false;
        }
        refresh();
    }

    private void resetRanges() {
        boolean was = adjusting;
        adjusting = true;
        try {
            costCeiling.set(Math.max(1, Math.ceil(index.maxCost())));
            effortCeiling.set(Math.max(1, index.maxEffortHours()));
            minCost.set(0);
            maxCost.set(costCeiling.get());
            minEffort.set(0);
            maxEffort.set(effortCeiling.get());
        } finally {
            adjusting = was;
        }
    }

    private void loadIndustries() {
        state.tasks().run(() -> state.store().catalog().industries(), known -> {
            Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            all.addAll(Industries.STANDARD);
            all.addAll(known);
            industries.setAll(all);
        }, state::showError);
    }

    // --- editing ---

    /** Opens the form for a new credential; once saved it is in the table, and {@code then} gets it. */
    public void newCredential(Consumer<Credential> then) {
        dialogs.edit(newCredentialEditor(), saved -> {
            credentialSaved(saved);
            then.accept(saved);
        });
    }

    /** Opens the form for a row's credential (nothing while the row has not been read yet). */
    public void editCredential(CatalogRow row, Consumer<Credential> then) {
        CredentialEditorViewModel editor = editCredentialEditor(row);
        if (editor != null) {
            dialogs.edit(editor, saved -> {
                credentialSaved(saved);
                then.accept(saved);
            });
        }
    }

    public void newProvider() {
        dialogs.edit(newProviderEditor(), saved -> providerSaved());
    }

    /** Asks, then deletes the row's credential. */
    public void askToDelete(CatalogRow row) {
        if (row != null && row.credential() != null) {
            dialogs.confirm(Messages.get("catalog.deleteTitle"), deleteQuestion(row), Messages.get("button.delete"),
                    () -> delete(row));
        }
    }

    public CredentialEditorViewModel newCredentialEditor() {
        return new CredentialEditorViewModel(state, null, dialogs);
    }

    /** An editor for a row's credential, or null while the row has not been read yet. */
    public CredentialEditorViewModel editCredentialEditor(CatalogRow row) {
        return row == null || row.credential() == null ? null : new CredentialEditorViewModel(state, row.credential(), dialogs);
    }

    public ProviderEditorViewModel newProviderEditor() {
        return new ProviderEditorViewModel(state, null);
    }

    /** After a save: the row shows the new facts, and the index files the credential under them. */
    public void credentialSaved(Credential saved) {
        rowSource.update(List.of(saved));
        if (index != null) {
            index.upsert(CatalogIndex.entryOf(saved));
        }
        loadIndustries();
        state.catalogChanged();
    }

    /** After a provider was renamed, its credentials' rows and search text change. */
    public void providerSaved() {
        state.reloadCatalogIndex();
    }

    public String deleteQuestion(CatalogRow row) {
        return Messages.get("catalog.deleteQuestion", row.credential() == null ? "" : row.credential().title());
    }

    /** Deletes a credential and offers to put it back; refused while a goal has it as a candidate. */
    public void delete(CatalogRow row) {
        Credential credential = row == null ? null : row.credential();
        if (credential == null) {
            return;
        }
        state.tasks().run(() -> state.store().catalog().delete(credential.id()), done -> {
            rowSource.forget(credential.id());
            if (index != null) {
                index.remove(credential.id());
            }
            state.catalogChanged();
            state.offerUndo(Messages.get("catalog.deleted", credential.title()), () -> restore(credential));
        }, state::showError);
    }

    private void restore(Credential credential) {
        Credential fresh = new Credential(credential.id(), credential.title(), credential.providerId(),
                credential.providerName(), credential.kind(), credential.description(), credential.costs(),
                credential.effortHours(), credential.fixedDurationWeeks(), credential.format(), credential.pacing(),
                credential.quality(), credential.credits(), credential.badgeStandard(), credential.validityMonths(),
                credential.eqfLevel(), credential.url(), credential.drawbacks(), credential.provenance(),
                credential.origin(), credential.externalId(), credential.skills(), credential.recognition(), 0);
        state.tasks().run(() -> state.store().catalog().save(fresh), saved -> {
            credentialSaved(saved);
            state.setStatus(Messages.get("catalog.restored", saved.title()));
        }, state::showError);
    }

    /** "100 – 2,500" under the cost filter. */
    public StringBinding costRangeText() {
        return Bindings.createStringBinding(() -> Messages.get("catalog.rangeValue", Math.round(minCost.get()),
                Math.round(maxCost.get())), minCost, maxCost);
    }

    /** "10 – 400 h" under the effort filter. */
    public StringBinding effortRangeText() {
        return Bindings.createStringBinding(() -> Messages.get("catalog.rangeHours", Math.round(minEffort.get()),
                Math.round(maxEffort.get())), minEffort, maxEffort);
    }

    /** The attach command's label: it names the goal it attaches to. */
    public StringBinding attachText() {
        return Bindings.createStringBinding(() -> targetGoal() == null ? Messages.get("catalog.attachNoGoal")
                : Messages.get("catalog.attachTo", targetGoal().title()), state.currentGoalProperty());
    }

    /** The goal the catalog attaches to: the one selected on the goals screen. */
    public Goal targetGoal() {
        return state.currentGoalProperty().get();
    }

    /** Attaches credentials to the selected goal as candidates being considered, after those it has. */
    public void attachToGoal(List<CatalogRow> selected) {
        Goal goal = targetGoal();
        if (goal == null) {
            state.setStatus(Messages.get("catalog.noGoal"));
            return;
        }
        List<UUID> ids = selected.stream().map(CatalogRow::id).toList();
        Store store = state.store();
        state.tasks().run(() -> attach(store, goal.id(), ids), added -> {
            state.planChanged();
            state.setStatus(Messages.get("catalog.attached", added, goal.title()));
        }, state::showError);
    }

    /** Adds the credentials a goal does not have yet, in the given order after its candidates; returns how many. */
    public static int attach(Store store, UUID goalId, List<UUID> credentialIds) {
        return store.inTransaction(tx -> {
            List<Candidate> existing = tx.candidates().listForGoal(goalId);
            Set<UUID> present = new HashSet<>();
            int order = 0;
            for (Candidate c : existing) {
                present.add(c.credentialId());
                order = Math.max(order, c.order());
            }
            List<Candidate> added = new ArrayList<>();
            for (UUID id : credentialIds) {
                if (present.add(id)) {
                    added.add(tx.candidates().save(Candidate.create(goalId, id, ++order)));
                }
            }
            return added.size();
        });
    }
}
