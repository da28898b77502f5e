package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.ui.recommend.PlanRow;
import io.upskillplanner.ui.recommend.StepRow;
import io.upskillplanner.ui.settings.Theme;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Recommend screen's main flow in the real app on the demo data, in the dark theme and by
 * keyboard where a counselor would use it: open it with its shortcut, recommend, apply, see the
 * result on the Goals and Compare screens, undo.
 */
class RecommendFxTest extends RunningAppFxTest {

    @Test
    void openRecommendApplyAndUndo() throws Exception {
        Stage stage = startApp(Theme.DARK);
        clickOn("#goalsButton");
        TableView<CandidateWithCredential> candidates = lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !candidates.getItems().isEmpty());
        List<String> before = essence(candidates);
        press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#recommendScreen").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#runRecommendButton").queryButton().isDisabled());
        assertThat(lookup("#recommendHeading").queryAs(Label.class).getText()).startsWith("Recommend a plan for ");

        clickOn("#runRecommendButton");
        TableView<PlanRow> plans = lookup("#planTable").queryTableView();
        TableView<StepRow> steps = lookup("#stepTable").queryTableView();
        // the answer is shown on the FX thread; the button comes back only after it is all there
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !lookup("#runRecommendButton").queryButton().isDisabled()
                && plans.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plans.getItems().get(0).title()).isEqualTo("Best plan");
        assertThat(steps.getItems()).isNotEmpty();
        List<UUID> planned = steps.getItems().stream().map(s -> s.step().credential().id()).toList();
        assertThat(lookup("#recommendMessage").queryAs(Label.class).getText()).startsWith("Best plan: ");
        assertThat(lookup("#recommendCancelButton").queryButton().isVisible()).isFalse();

        Button apply = lookup("#applyPlanButton").queryButton();
        interact(apply::requestFocus);
        type(KeyCode.SPACE);
        Hyperlink undo = lookup("#undoLink").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, undo::isVisible);

        clickOn("#goalsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> candidates.getItems().stream()
                .filter(c -> planned.contains(c.credential().id()))
                .allMatch(c -> c.candidate().status() != CandidateStatus.CONSIDERING)
                && candidates.getItems().stream().map(c -> c.credential().id()).toList().containsAll(planned));
        assertThat(candidates.getItems().subList(0, planned.size())).extracting(c -> c.credential().id())
                .containsExactlyElementsOf(planned);

        clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#planVersusPane").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(lookup("#versusRecommended1").queryAs(Label.class).getText())
                .isEqualTo(plans.getItems().get(0).cost());

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !undo.isVisible());
        clickOn("#goalsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> essence(candidates).equals(before));
        assertThat(essence(candidates)).isEqualTo(before);
        assertThat(stage.isShowing()).isTrue();
    }

    private static List<String> essence(TableView<CandidateWithCredential> table) {
        return table.getItems().stream().map(c -> c.credential().id() + " " + c.candidate().status() + " "
                + c.candidate().order() + " " + c.candidate().plannedStart()).toList();
    }
}
