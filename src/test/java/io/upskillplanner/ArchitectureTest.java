package io.upskillplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Map;

import io.upskillplanner.domain.decide.recommend.PlanSolver;
import io.upskillplanner.ui.FxTestBase;
import io.upskillplanner.ui.common.Dialogs;
import io.upskillplanner.ui.common.FxDialogService;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md: ui and cli use exchange, report and store; all of them use domain; never
 * back. And the shape of the UI (decision record 0024): the two faces know nothing of each other,
 * view models hold no nodes, and only the dialog service opens alerts and file choosers. Every
 * allowed exception is named here with its reason.
 */
class ArchitectureTest {

    /** View models that may use {@code javafx.scene}, and why. */
    private static final Map<String, String> VIEW_MODELS_WITH_SCENE_TYPES = Map.of(
            "io.upskillplanner.ui.reports.ReportsViewModel",
            "the preview pages are javafx.scene.image.Image: pixels rendered off the UI thread, not nodes");

    /** Classes besides the dialog service that may open an Alert, and why. */
    private static final Map<String, String> OTHER_DIALOG_OPENERS = Map.of(
            Dialogs.class.getName(), "the dialog service's own helper: editor, confirm and discard dialogs",
            "io.upskillplanner.ui.failure.FailureDialog",
            "the last resort after an uncaught failure: it must depend on nothing that may have failed");

    /** Views that show another view inside themselves, and why that is no call between screens. */
    private static final Map<String, String> VIEWS_THAT_EMBED_A_VIEW = Map.of(
            "io.upskillplanner.ui.profiles.ProfilesView",
            "the earned-badges pane is part of the profile's page, over the profile view model's badges",
            "io.upskillplanner.ui.main.MainWindowView",
            "the shell opens the welcome window of Help; it is a page of the shell, not another screen");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.upskillplanner");
    }

    @Test
    void domainKnowsNothingOfTheOtherLayers() {
        noClasses().that().resideInAPackage("io.upskillplanner.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "io.upskillplanner.store..",
                        "io.upskillplanner.ui..", "io.upskillplanner.cli..", "io.upskillplanner.exchange..",
                        "io.upskillplanner.report..", "java.sql..", "com.fasterxml..", "org.h2..")
                .check(classes);
    }

    @Test
    void storeDoesNotUseTheFaces() {
        noClasses().that().resideInAPackage("io.upskillplanner.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.upskillplanner.ui..",
                        "io.upskillplanner.cli..", "io.upskillplanner.exchange..", "io.upskillplanner.report..")
                .check(classes);
    }

    @Test
    void exchangeAndReportDoNotUseTheFaces() {
        noClasses().that().resideInAnyPackage("io.upskillplanner.exchange..", "io.upskillplanner.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.upskillplanner.ui..",
                        "io.upskillplanner.cli..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksToTheDatabase() {
        noClasses().that().resideOutsideOfPackage("io.upskillplanner.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void nobodyPrintsToStandardStreamsButTheFaces() {
        noClasses().that().resideInAnyPackage("io.upskillplanner.domain..", "io.upskillplanner.store..",
                        "io.upskillplanner.exchange..", "io.upskillplanner.report..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void onlyTheSolverAdapterKnowsTheSolverLibrary() {
        noClasses().that().resideOutsideOfPackage("io.upskillplanner.solver..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chocosolver..")
                .check(classes);
    }

    @Test
    void solverAdapterUsesOnlyTheDomain() {
        noClasses().that().resideInAPackage("io.upskillplanner.solver..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.upskillplanner.ui..",
                        "io.upskillplanner.cli..", "io.upskillplanner.store..", "io.upskillplanner.exchange..",
                        "io.upskillplanner.report..")
                .check(classes);
    }

    @Test
    void theDesktopAndTheCommandLineDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("io.upskillplanner.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.upskillplanner.cli..")
                .because("both faces share ExitCode and AppServices from the root package, never each other")
                .check(classes);
        noClasses().that().resideInAPackage("io.upskillplanner.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.upskillplanner.ui..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .and(DescribedPredicate.not(named(VIEW_MODELS_WITH_SCENE_TYPES)))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are tested with plain JUnit, without a toolkit; they ask through DialogService")
                .check(classes);
    }

    @Test
    void onlyTheDialogServiceOpensAlertsAndFileChoosers() {
        noClasses().that().doNotHaveFullyQualifiedName(FxDialogService.class.getName())
                .and(DescribedPredicate.not(named(OTHER_DIALOG_OPENERS)))
                .should().callConstructor(javafx.scene.control.Alert.class, javafx.scene.control.Alert.AlertType.class)
                .orShould().callConstructor(javafx.scene.control.Alert.class, javafx.scene.control.Alert.AlertType.class,
                        String.class, javafx.scene.control.ButtonType[].class)
                .orShould().callConstructor(javafx.stage.FileChooser.class)
                .orShould().callConstructor(javafx.stage.DirectoryChooser.class)
                .because("view models ask DialogService, so that tests answer without a toolkit")
                .check(classes);
    }

    @Test
    void noViewOpensAnotherView() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .and(DescribedPredicate.not(named(VIEWS_THAT_EMBED_A_VIEW)))
                .should().dependOnClassesThat(DescribedPredicate.describe("another view of the app",
                        (JavaClass type) -> type.getPackageName().startsWith("io.upskillplanner.ui")
                                && type.getSimpleName().endsWith("View")))
                .because("a view model asks the dialog service for an editor; the composition root says which "
                        + "form shows it (ui/main/Editors)")
                .check(classes);
    }

    @Test
    void solverAdaptersImplementTheDomainsPort() {
        classes().that().resideInAPackage("io.upskillplanner.solver..").and().areTopLevelClasses().and().arePublic()
                .should().implement(PlanSolver.class)
                .because("the domain states what it needs of a solver; an adapter supplies it")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("io.upskillplanner.solver..", "io.upskillplanner.ui..",
                        "io.upskillplanner.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.upskillplanner.solver..")
                .because("only a face picks the adapter and hands it to the domain")
                .check(classes);
    }

    @Test
    void everyTestFxClassStandsOnTheSharedBase() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("io.upskillplanner");
        classes().that().haveSimpleNameEndingWith("FxTest").and().areNotInterfaces()
                .should().beAssignableTo(FxTestBase.class)
                .because("the base puts the locale and the theme back after each test")
                .check(tests);
    }

    private static DescribedPredicate<JavaClass> named(Map<String, String> exceptions) {
        return DescribedPredicate.describe("named exceptions " + exceptions.keySet(),
                type -> exceptions.containsKey(type.getName()));
    }
}
