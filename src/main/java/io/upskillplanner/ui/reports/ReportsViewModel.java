package io.upskillplanner.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.recommend.PlanSolver;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.report.ReportCancelledException;
import io.upskillplanner.report.ReportMonitor;
import io.upskillplanner.report.ReportOptions;
import io.upskillplanner.report.ReportPreview;
import io.upskillplanner.report.ReportSection;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/**
 * The Reports screen: which profile, goals and sections, on which paper and by whom; then the
 * export on the database thread with progress, a cooperative cancel, and the finished file. A
 * preview draws the same report's pages on the same thread, on request: a changed choice marks it
 * out of date rather than drawing it again on every keystroke.
 */
public final class ReportsViewModel {

    private final AppState state;
    private final PlanSolver solver;
    private final Executor uiThread;
    private final Consumer<Path> opener;
    private final Supplier<LocalDate> today;
    /** Where the last report was saved, for the next chooser. */
    private Path lastFolder;

    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    private final ObservableList<GoalChoice> goals = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.selectedProperty()});
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(defaultPaper());
    private final StringProperty author;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastReport = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canExport;
    private AtomicBoolean cancelFlag = new AtomicBoolean();

    private final ObservableList<Image> previewPages = FXCollections.observableArrayList();
    // One wrapper, kept: it passes changes on through a weak listener, so a wrapper per call would lose them.
    private final ObservableList<Image> previewPagesView = FXCollections.unmodifiableObservableList(previewPages);
    private final ReadOnlyObjectWrapper<PreviewState> previewState = new ReadOnlyObjectWrapper<>(PreviewState.NONE);
    private final ReadOnlyStringWrapper previewStatus = new ReadOnlyStringWrapper(Messages.get("reports.preview.none"));
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper();
    private final IntegerProperty visiblePage = new SimpleIntegerProperty(1);
    private final StringBinding pageIndicator;
    /** The profile and options the pages shown were drawn for; null while there are none. */
    private UUID previewProfileId;
    private ReportOptions previewOptions;

    /**
     * @param solver   recommends each goal's plan for the section "Your plan and the recommended plan"
     * @param uiThread where property changes from background work are made (Platform::runLater in
     *                 the app, the calling thread in tests)
     * @param opener   shows a finished report in the system's viewer
     */
    public ReportsViewModel(AppState state, PlanSolver solver, Executor uiThread, Consumer<Path> opener,
                            Supplier<LocalDate> today) {
        this.state = state;
        this.solver = Objects.requireNonNull(solver, "solver");
        this.uiThread = uiThread;
        this.opener = opener;
        this.today = today;
        this.author = state.preparedBy().nameProperty();
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
        pageIndicator = Bindings.createStringBinding(() -> previewPages.isEmpty() ? ""
                        : Messages.get("reports.preview.page", Math.max(1, Math.min(visiblePage.get(), previewPages.size())),
                        previewPages.size()), previewPages, visiblePage);
        profile.addListener(obs -> choicesChanged());
        goals.addListener((Observable obs) -> choicesChanged());
        sections.values().forEach(on -> on.addListener(obs -> choicesChanged()));
        paper.addListener(obs -> choicesChanged());
        author.addListener(obs -> choicesChanged());
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

    /** The "Prepared by" name: the same as in Settings, saved as it is typed. */
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

    /** A preview can be drawn when an export could be written: the same report. */
    public BooleanBinding canPreviewProperty() {
        return canExport;
    }

    /** The pictures of the pages shown, in order; replaced only when a new preview is complete. */
    public ObservableList<Image> previewPages() {
        return previewPagesView;
    }

    public ReadOnlyObjectProperty<PreviewState> previewStateProperty() {
        return previewState.getReadOnlyProperty();
    }

    /** What the preview shows, in a sentence: none yet, being drawn, up to date, out of date, failed. */
    public ReadOnlyStringProperty previewStatusProperty() {
        return previewStatus.getReadOnlyProperty();
    }

    /** True while a preview (not an export) is being drawn. */
    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /** The 1-based page the user is looking at, which the view follows as the pages scroll. */
    public IntegerProperty visiblePageProperty() {
        return visiblePage;
    }

    /** "Page 2 of 7"; empty while there are no pages. */
    public StringBinding pageIndicatorProperty() {
        return pageIndicator;
    }

    /** "Report page 2 of 7", what a screen reader says of a page's picture. */
    public String pageDescription(int index) {
        return Messages.get("reports.preview.pageImage", index + 1, previewPages.size());
    }

    /** "Daniel Okafor - plan 2026-11-02.pdf", with characters file systems reject replaced. */
    public String suggestedFileName() {
        Profile chosen = profile.get();
        String name = chosen == null ? "plan" : chosen.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name + " - plan " + today.get() + ".pdf";
    }

    /**
     * Asks where to save (in the folder of the last report, else the home folder), adds ".pdf" when
     * the name has no such ending, and exports there; nothing happens when the user cancels.
     */
    public void chooseAndExport(DialogService dialogs) {
        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        dialogs.saveFile(Messages.get("reports.chooser.title"), suggestedFileName(), Optional.of(folder),
                List.of(DialogService.FileType.of(Messages.get("reports.chooser.pdf"), "*.pdf"))).ifPresent(file -> {
                    lastFolder = file.toAbsolutePath().getParent();
                    String name = file.getFileName().toString();
                    export(name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf"));
                });
    }

    /** Writes the report to {@code target} on the database thread; settles in a status and, if done, a file. */
    public void export(Path target) {
        Profile chosen = profile.get();
        if (!canExport.get() || target == null) {
            return;
        }
        ReportOptions options = chosenOptions();
        ReportMonitor monitor = start();
        lastReport.set(null);
        status.set(Messages.get("reports.status.running"));
        Store store = state.store();
        state.tasks().run(() -> {
            store.settings().put(PlanReport.PAPER_SETTING, options.paper().name());
            PlanReport.export(store, solver, chosen.id(), options, target, monitor);
            return target;
        }, written -> {
            finish();
            progress.set(1);
            lastReport.set(written);
            status.set(Messages.get("reports.status.done", written.toAbsolutePath()));
        }, error -> {
            finish();
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

    /**
     * Draws the pages of the report an export with the current choices would write, on the
     * database thread. The pages shown stay until the new ones are all drawn, so a cancel or a
     * failure leaves the earlier preview (marked out of date if the choices moved on).
     */
    public void preview() {
        Profile chosen = profile.get();
        if (!canExport.get()) {
            return;
        }
        ReportOptions options = chosenOptions();
        previewing.set(true);
        ReportMonitor monitor = start();
        previewState.set(PreviewState.RENDERING);
        previewStatus.set(Messages.get("reports.preview.running"));
        Store store = state.store();
        state.tasks().run(() -> {
            List<Image> pages = new ArrayList<>();
            ReportPreview.render(store, solver, chosen.id(), options, ReportPreview.SCALE, monitor,
                    (index, count, page) -> pages.add(PageImages.toFxImage(page)));
            return pages;
        }, pages -> {
            finish();
            progress.set(1);
            previewProfileId = chosen.id();
            previewOptions = options;
            previewPages.setAll(pages);
            visiblePage.set(1);
            showPreviewState(null);
        }, error -> {
            finish();
            progress.set(0);
            if (error instanceof ReportCancelledException) {
                showPreviewState("reports.preview.cancelled");
            } else if (error instanceof InputRejectedException rejected) {
                showPreviewState(null);
                previewStatus.set(Messages.get("reports.preview.rejected", rejected.getMessage()));
            } else {
                showPreviewState(null);
                previewStatus.set(Messages.get("reports.preview.failed", error.getMessage()));
                state.showError(error);
            }
        });
    }

    /** Asks the running export or preview to stop at its next step; the database work is never interrupted. */
    public void cancel() {
        if (running.get()) {
            cancelFlag.set(true);
            if (previewing.get()) {
                previewStatus.set(Messages.get("reports.status.cancelling"));
            } else {
                status.set(Messages.get("reports.status.cancelling"));
            }
        }
    }

    private ReportOptions chosenOptions() {
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
        return new ReportOptions(goalIds, chosenSections, paper.get(), author.get(), today.get(),
                Locale.getDefault());
    }

    /** Marks work as running and gives it a monitor that reports progress here and hears a cancel. */
    private ReportMonitor start() {
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        running.set(true);
        progress.set(0);
        return new ReportMonitor() {
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
    }

    private void finish() {
        running.set(false);
        previewing.set(false);
    }

    private void choicesChanged() {
        if (previewState.get() == PreviewState.CURRENT || previewState.get() == PreviewState.STALE) {
            showPreviewState(null);
        }
    }

    /** Sets the state from whether the pages shown match the choices, and says so (after a prefix message, if any). */
    private void showPreviewState(String prefixKey) {
        String message;
        if (previewOptions == null) {
            previewState.set(PreviewState.NONE);
            message = Messages.get("reports.preview.none");
        } else {
            Profile chosen = profile.get();
            boolean current = chosen != null && chosen.id().equals(previewProfileId)
                    && previewOptions.equals(chosenOptions());
            previewState.set(current ? PreviewState.CURRENT : PreviewState.STALE);
            message = Messages.get(current ? "reports.preview.current" : "reports.preview.stale");
        }
        previewStatus.set(prefixKey == null ? message : Messages.get(prefixKey, message));
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
        state.tasks().run(() -> store.settings().get(PlanReport.PAPER_SETTING).orElse(""), saved -> {
            if (!saved.isEmpty()) {
                try {
                    paper.set(PaperSize.parse(saved));
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
