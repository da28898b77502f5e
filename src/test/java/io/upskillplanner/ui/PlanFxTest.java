package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

import io.upskillplanner.AppServices;
import io.upskillplanner.Main;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.catalog.CatalogRow;
import io.upskillplanner.ui.goals.GapRow;
import io.upskillplanner.ui.help.WelcomeViewModel;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real screens the way a counselor would: a new client profile, a goal with three
 * skills, a credential recognised in two industries, three candidates, a status change that moves
 * the skill gap; then a restart on the same data folder, and the command line, find all of it.
 */
class PlanFxTest extends FxTestBase {

    @TempDir
    Path dir;

    private DesktopApp app;

    @AfterEach
    void stopApp() throws Exception {
        stop();
    }

    @Test
    void aPlanMadeInTheScreensSurvivesARestartAndShowsInTheCommandLine() throws Exception {
        start();

        // A profile.
        clickOn("#newProfileButton");
        waitFor(() -> lookup("#profileName").tryQuery().isPresent());
        clickOn("#profileName").write("Ana Test");
        field("#profileBudget").clear();
        clickOn("#profileBudget").write("2000");
        field("#profileCurrency").clear();
        clickOn("#profileCurrency").write("EUR");
        field("#profileHours").clear();
        clickOn("#profileHours").write("90");
        assertThat(lookup("#saveButton").queryButton().isDisabled()).as("90 hours a week is refused").isTrue();
        field("#profileHours").clear();
        clickOn("#profileHours").write("6");
        snapshot("plan-profile-editor");
        clickOn("#saveButton");
        waitFor(() -> current() != null && current().name().equals("Ana Test"));
        snapshot("plan-profiles");

        // A goal with three skills.
        clickOn("Goals");
        clickOn("#newGoalButton");
        waitFor(() -> lookup("#goalTitle").tryQuery().isPresent());
        clickOn("#goalTitle").write("Cloud platform engineer");
        for (String skill : List.of("cloud computing", "networking", "kubernetes orchestration")) {
            fill("#goalSkillInput", skill);
            fire("#goalAddSkill");
        }
        assertThat(this.<Object>list("#goalSkills").getItems()).hasSize(3);
        snapshot("plan-goal-editor");
        clickOn("#saveButton");
        waitFor(() -> goalTitles().contains("Cloud platform engineer"));

        // A credential recognised in two industries.
        clickOn("Catalog");
        clickOn("#newCredentialButton");
        waitFor(() -> lookup("#credential-title").tryQuery().isPresent());
        clickOn("#credential-title").write("Test Kubernetes Administrator");
        fill("#credential-effort", "60");
        fill("#credential-tuition", "300");
        fill("#credential-skillInput", "kubernetes orchestration");
        fire("#credential-addSkill");
        for (String industry : List.of("Technology", "Healthcare")) {
            interact(() -> lookup("#recognition-industry").queryAs(ComboBox.class).getEditor().setText(industry));
            fill("#recognition-evidence", "Job ads in " + industry);
            fire("#recognition-add");
        }
        assertThat(this.<Object>table("#credential-recognition").getItems()).hasSize(2);
        snapshot("plan-credential-editor");
        fire("#saveButton");
        waitFor(() -> lookup("#credential-title").tryQuery().isEmpty());
        clickOn("#catalogSearch").write("test kubernetes");
        waitFor(() -> this.<CatalogRow>table("#credentialTable").getItems().size() == 1
                && this.<CatalogRow>table("#credentialTable").getItems().get(0).credential() != null);
        snapshot("plan-catalog");

        // Three candidates, then a status change moves the gap.
        clickOn("Goals");
        for (String search : List.of("Test Kubernetes", "AWS Certified Cloud Practitioner",
                "Google Cloud Associate Cloud Engineer")) {
            field("#pickerSearch").clear();
            clickOn("#pickerSearch").write(search);
            waitFor(() -> this.<CatalogRow>list("#pickerList").getItems().size() >= 1);
            interact(() -> this.<CatalogRow>list("#pickerList").getSelectionModel().select(0));
            clickOn("#attachButton");
        }
        waitFor(() -> candidates().size() == 3);
        assertThat(gapSummary()).startsWith("0 of 3");
        interact(() -> this.<CandidateWithCredential>table("#candidateTable").getSelectionModel().select(0));
        clickOn("#candidateStatus").clickOn("Chosen");
        waitFor(() -> gapSummary().startsWith("1 of 3"));
        assertThat(candidates().get(0).candidate().status()).isEqualTo(CandidateStatus.CHOSEN);
        assertThat(this.<GapRow>list("#gapList").getItems()).filteredOn(GapRow::covered)
                .extracting(c -> c.skill().skill().label()).containsExactly("kubernetes orchestration");
        snapshot("plan-goals");

        // Restart on the same folder: all of it is there.
        stop();
        start();
        interact(() -> lookup("#profileSwitcher").queryAs(ComboBox.class).getSelectionModel()
                .select(this.<Profile>table("#profileTable").getItems().stream()
                        .filter(p -> p.name().equals("Ana Test")).findFirst().orElseThrow()));
        assertThat(current().weeklyHours()).isEqualByComparingTo("6");
        clickOn("Goals");
        waitFor(() -> candidates().size() == 3);
        Goal goal = this.<Goal>table("#goalTable").getItems().get(0);
        assertThat(goal.skills()).hasSize(3);
        assertThat(candidates()).extracting(r -> r.candidate().status())
                .containsExactly(CandidateStatus.CHOSEN, CandidateStatus.CONSIDERING, CandidateStatus.CONSIDERING);
        assertThat(gapSummary()).startsWith("1 of 3");
        Credential saved = candidates().get(0).credential();
        assertThat(saved.recognition()).extracting(r -> r.industry()).containsExactlyInAnyOrder("Technology", "Healthcare");
        stop();

        // The command line sees what the screens wrote.
        assertThat(cli("profiles", "--json")).contains("\"Ana Test\"");
        assertThat(cli("goals", "--profile", "ana test", "--json")).contains("Cloud platform engineer")
                .contains("kubernetes orchestration");
        assertThat(cli("catalog", "--search", "test kubernetes", "--json")).contains("Test Kubernetes Administrator")
                .contains("Healthcare");
    }

    private void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        DataFolder folder = new DataFolder(dir);
        // The welcome would cover the window this test drives.
        WelcomeViewModel.rememberChoice(folder.root(), false);
        DesktopApp.prepare(folder, AppServices.lock(folder));
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp.class);
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#profileTable").tryQuery().isPresent()
                    && !this.<Profile>table("#profileTable").getItems().isEmpty());
        } finally {
            snapshot("plan-started");
        }
    }

    private void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private Profile current() {
        return (Profile) lookup("#profileSwitcher").queryAs(ComboBox.class).getValue();
    }

    private List<String> goalTitles() {
        return this.<Goal>table("#goalTable").getItems().stream().map(Goal::title).toList();
    }

    private List<CandidateWithCredential> candidates() {
        return this.<CandidateWithCredential>table("#candidateTable").getItems();
    }

    private String gapSummary() {
        return lookup("#gapSummary").queryAs(Label.class).getText();
    }

    private TextInputControl field(String id) {
        TextInputControl field = lookup(id).queryAs(TextInputControl.class);
        interact(field::clear);
        return field;
    }

    /** Types into a field that may sit below the visible part of a scrolling form. */
    private void fill(String id, String text) {
        TextInputControl field = lookup(id).queryAs(TextInputControl.class);
        interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    private void fire(String id) {
        Button button = lookup(id).queryButton();
        interact(button::fire);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ListView<T> list(String id) {
        return lookup(id).queryAs(ListView.class);
    }

    /** Keeps a picture of the focused window under target/screenshots, for people to look at. */
    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Window window = listTargetWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(listTargetWindows().get(listTargetWindows().size() - 1));
        Node root = window.getScene().getRoot();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> root.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
