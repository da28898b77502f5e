package io.upskillplanner.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.report.ReportCancelledException;
import io.upskillplanner.report.ReportMonitor;
import io.upskillplanner.report.ReportOptions;
import io.upskillplanner.report.ReportSection;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/**
 * The Reports screen: which profile, goals and sections, on which paper and by whom; then the
 * export on the database thread with progress, a cooperative cancel, and the finished file.
 */
public final class ReportsViewModel {

    private final AppState state;
    private final Executor uiThread;
    private final Consumer<Path> opener;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    private final ObservableList<GoalChoice> goals = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.selectedProperty()});
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(defaultPaper());
    private final StringProperty author = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastReport = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canExport;
    private AtomicBoolean cancelFlag = new AtomicBoolean();

    /**
     * @param uiThread where property changes from background work are made (Platform::runLater in
     *                 the app, the calling thread in tests)
     * @param opener   shows a finished report in the system's viewer
     */
    public ReportsViewModel(AppState state, Executor uiThread, Consumer<Path> opener, Supplier<LocalDate> today) {
        this.state = state;
        this.uiThread = uiThread;
        this.opener = opener;
        this.today = today;
        for (ReportSection section : ReportSection.values()) {
            sections.put(section, new SimpleBooleanProperty(true));
        }
        canExport = Bindings.createBooleanBinding(
                () -> !running.get() && profile.get() != null
                        && (goals.isEmpty() || goals.stream().anyMatch(GoalChoice::isSelected)),
                running, profile, goals);
        profile.addListener((obs, old, chosen) -> loadGoals(chosen));
        // The screen starts on the profile being planned for and follows when the user switches.
        state.currentProfileProperty().addListener((obs, old, current) -> {
            if (!running.get()) {
                profile.set(current);
            }
        });
        profile.set(state.currentProfile());
        loadSettings();
    }

    public ObservableList<Profile> profiles() {
        return state.profiles();
    }

    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    public ObservableList<GoalChoice> goals() {
        return goals;
    }

    public BooleanProperty sectionProperty(ReportSection section) {
        return sections.get(section);
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The report written last, which "Open" shows; empty until one is done. */
    public ReadOnlyObjectProperty<Path> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** "Daniel Okafor - plan 2026-11-02.pdf", with characters file systems reject replaced. */
    public String suggestedFileName() {
        Profile chosen = profile.get();
        String name = chosen == null ? "plan" : chosen.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name + " - plan " + today.get() + ".pdf";
    }

    /** Writes the report to {@code target} on the database thread; settles in a status and, if done, a file. */
    public void export(Path target) {
        Profile chosen = profile.get();
        if (!canExport.get() || target == null) {
            return;
        }
        List<UUID> goalIds = new ArrayList<>();
        for (GoalChoice choice : goals) {
            if (choice.isSelected()) {
                goalIds.add(choice.goal().id());
            }
        }
        Set<ReportSection> chosenSections = EnumSet.noneOf(ReportSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosenSections.add(section);
            }
        });
        // The app's language is the default locale once the appearance is applied; the report follows it.
        ReportOptions options = new ReportOptions(goalIds, chosenSections, paper.get(), author.get(), today.get(),
                Locale.getDefault());
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        running.set(true);
        progress.set(0);
        lastReport.set(null);
        status.set(Messages.get("reports.status.running"));
        ReportMonitor monitor = new ReportMonitor() {
            @Override
            public void progress(double done) {
                uiThread.execute(() -> {
                    if (running.get()) {
                        progress.set(done);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Store store = state.store();
        state.tasks().run(() -> {
            store.settings().put(PlanReport.AUTHOR_SETTING, options.author());
            store.settings().put(PlanReport.PAPER_SETTING, options.paper().name());
            PlanReport.export(store, chosen.id(), options, target, monitor);
            return target;
        }, written -> {
            running.set(false);
            progress.set(1);
            lastReport.set(written);
            status.set(Messages.get("reports.status.done", written.toAbsolutePath()));
        }, error -> {
            running.set(false);
            progress.set(0);
            if (error instanceof ReportCancelledException) {
                status.set(Messages.get("reports.status.cancelled"));
            } else if (error instanceof InputRejectedException rejected) {
                status.set(Messages.get("reports.status.rejected", rejected.getMessage()));
            } else {
                status.set(Messages.get("reports.status.failed", error.getMessage()));
                state.showError(error);
            }
        });
    }

    /** Asks the running export to stop at its next step; the database work is never interrupted. */
    public void cancel() {
        if (running.get()) {
            cancelFlag.set(true);
            status.set(Messages.get("reports.status.cancelling"));
        }
    }

    public void openLastReport() {
        Path report = lastReport.get();
        if (report != null) {
            opener.accept(report);
        }
    }

    private void loadGoals(Profile chosen) {
        goals.clear();
        if (chosen == null) {
            return;
        }
        state.tasks().run(() -> state.store().goals().listForProfile(chosen.id()), loaded -> {
            if (profile.get() != null && profile.get().id().equals(chosen.id())) {
                goals.setAll(loaded.stream().map(GoalChoice::new).toList());
            }
        }, state::showError);
    }

    private void loadSettings() {
        Store store = state.store();
        state.tasks().run(() -> new String[] {store.settings().get(PlanReport.AUTHOR_SETTING).orElse(""),
                store.settings().get(PlanReport.PAPER_SETTING).orElse("")}, saved -> {
            if (author.get().isEmpty()) {
                author.set(saved[0]);
            }
            if (!saved[1].isEmpty()) {
                try {
                    paper.set(PaperSize.parse(saved[1]));
                } catch (IllegalArgumentException e) {
                    // A paper name from a newer version: keep the default.
                }
            }
        }, state::showError);
    }

    /** Letter where it is the usual paper (the United States, Canada and a few others), A4 elsewhere. */
    static PaperSize defaultPaper() {
        String country = Locale.getDefault().getCountry();
        return Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR").contains(country)
                ? PaperSize.LETTER : PaperSize.A4;
    }
}
