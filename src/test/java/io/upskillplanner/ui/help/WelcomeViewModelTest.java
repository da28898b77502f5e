package io.upskillplanner.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.TrustData;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.settings.Appearance;
import io.upskillplanner.ui.settings.Theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theWelcomeShowsOnTheFirstStartOnly() {
        assertThat(WelcomeViewModel.showsAtStart(dir, true)).isTrue();
        assertThat(WelcomeViewModel.showsAtStart(dir, false)).as("an existing data folder").isFalse();
    }

    @Test
    void closedWithoutDontShowAgainItShowsAtTheNextStartToo() {
        try (TestApp app = new TestApp(dir)) {
            new WelcomeViewModel(app.state(), dir).closed();
        }
        assertThat(WelcomeViewModel.showsAtStart(dir, false)).isTrue();
    }

    @Test
    void dontShowAgainIsRememberedAndSurvivesAnAppearanceChange() throws Exception {
        try (TestApp app = new TestApp(dir)) {
            WelcomeViewModel welcome = new WelcomeViewModel(app.state(), dir);
            welcome.dontShowAgainProperty().set(true);
            welcome.closed();
            // The settings screen rewrites the same file: the choice must stay.
            new Appearance(Theme.DARK, Locale.GERMAN, 16).write(dir);
            assertThat(WelcomeViewModel.showsAtStart(dir, true)).isFalse();
            assertThat(Appearance.read(dir).theme()).isEqualTo(Theme.DARK);
            assertThat(new WelcomeViewModel(app.state(), dir).dontShowAgainProperty().get())
                    .as("reopened from Help, the box shows the choice").isTrue();
        }
    }

    @Test
    void theFourStepsGoFromProfileToReport() {
        try (TestApp app = new TestApp(dir)) {
            assertThat(new WelcomeViewModel(app.state(), dir).steps()).hasSize(4)
                    .allSatisfy(step -> assertThat(step.title()).isNotBlank())
                    .allSatisfy(step -> assertThat(step.text()).isNotBlank());
        }
    }

    @Test
    void startingEmptyRemovesTheSampleProfilesOnlyAndCanBeUndone() {
        try (TestApp app = new TestApp(dir)) {
            Profile own = app.store().profiles().save(TrustData.profile(UUID.randomUUID(), "Own profile"));
            app.state().reloadProfiles();
            int samples = (int) app.state().profiles().stream().filter(Profile::sampleData).count();
            assertThat(samples).isPositive();
            WelcomeViewModel welcome = new WelcomeViewModel(app.state(), dir);
            assertThat(welcome.hasSampleProfilesProperty().get()).isTrue();

            welcome.removeSampleProfiles();
            assertThat(app.state().profiles()).extracting(Profile::id).containsExactly(own.id());
            assertThat(app.store().profiles().list()).extracting(Profile::id).containsExactly(own.id());
            assertThat(welcome.hasSampleProfilesProperty().get()).isFalse();

            app.state().undo();
            assertThat(app.store().profiles().list()).hasSize(samples + 1);
            assertThat(app.store().goals().listForProfile(app.store().profiles().list().stream()
                    .filter(Profile::sampleData).findFirst().orElseThrow().id())).as("goals come back too").isNotEmpty();
        }
    }
}
