package io.upskillplanner.ui.help;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.DeletedProfile;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.SampleMark;
import io.upskillplanner.ui.main.AppState;
import io.upskillplanner.ui.settings.Appearance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first-start welcome: the four steps of a plan, what the sample data is and how to start
 * without it. Whether it shows at start is kept beside the appearance, in the small file read
 * before the database opens (decision record 0017), so it never waits for the database.
 */
public final class WelcomeViewModel {

    /** The key in {@code appearance.properties}: {@code true} shows the welcome at every start, {@code false} never. */
    static final String SHOW_KEY = "welcome.showAtStart";

    /** A step of a plan: what to do, and where. */
    public record Step(String title, String text) {
    }

    private final AppState state;
    private final Path folder;
    private final BooleanProperty dontShowAgain = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper hasSampleProfiles = new ReadOnlyBooleanWrapper();

    public WelcomeViewModel(AppState state, Path folder) {
        this.state = state;
        this.folder = folder;
        dontShowAgain.set(Appearance.readKey(folder, SHOW_KEY).map("false"::equals).orElse(false));
        hasSampleProfiles.bind(Bindings.createBooleanBinding(
                () -> state.profiles().stream().anyMatch(SampleMark::isSample), state.profiles()));
    }

    /**
     * Whether the welcome opens at this start: on the very first (the demo data was just seeded)
     * and at every later one until the user ticks "Don't show again".
     */
    public static boolean showsAtStart(Path folder, boolean firstStart) {
        return Appearance.readKey(folder, SHOW_KEY).map(Boolean::parseBoolean).orElse(firstStart);
    }

    public List<Step> steps() {
        return List.of(
                new Step(Messages.get("welcome.step.profile.title"), Messages.get("welcome.step.profile.text")),
                new Step(Messages.get("welcome.step.goal.title"), Messages.get("welcome.step.goal.text")),
                new Step(Messages.get("welcome.step.candidates.title"), Messages.get("welcome.step.candidates.text")),
                new Step(Messages.get("welcome.step.compare.title"), Messages.get("welcome.step.compare.text")));
    }

    public BooleanProperty dontShowAgainProperty() {
        return dontShowAgain;
    }

    public ReadOnlyBooleanProperty hasSampleProfilesProperty() {
        return hasSampleProfiles.getReadOnlyProperty();
    }

    /** The welcome closes: remember whether it opens at the next start. */
    public void closed() {
        rememberChoice(folder, !dontShowAgain.get());
    }

    /** Keeps whether the welcome opens at every start ({@code true}) or never again ({@code false}). */
    public static void rememberChoice(Path folder, boolean showAtStart) {
        try {
            Appearance.writeKey(folder, SHOW_KEY, Boolean.toString(showAtStart));
        } catch (IOException e) {
            // Not worth an error dialog: at worst the welcome shows once more.
            log().warn("Cannot remember the welcome choice in {}", folder, e);
        }
    }

    /**
     * Starting empty: deletes the sample profiles with their goals and notes, undoably from the
     * status bar like any deletion. The sample catalog entries stay; each is marked and can be deleted.
     */
    public void removeSampleProfiles() {
        List<Profile> samples = state.profiles().stream().filter(SampleMark::isSample).toList();
        if (samples.isEmpty()) {
            return;
        }
        state.tasks().run(() -> samples.stream().map(p -> state.store().profiles().deleteRestorably(p)).toList(),
                deleted -> {
                    state.currentProfileProperty().set(null);
                    state.reloadProfiles();
                    state.offerUndo(Messages.get("welcome.samplesRemoved", deleted.size()), () -> restore(deleted));
                }, state::showError);
    }

    private void restore(List<DeletedProfile> deleted) {
        state.tasks().run(() -> {
            deleted.forEach(d -> state.store().profiles().restore(d));
            return deleted.size();
        }, count -> {
            state.reloadProfiles();
            state.setStatus(Messages.get("welcome.samplesRestored", count));
        }, state::showError);
    }

    private static Logger log() {
        return LoggerFactory.getLogger(WelcomeViewModel.class);
    }
}
