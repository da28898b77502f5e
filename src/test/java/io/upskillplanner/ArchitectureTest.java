package io.upskillplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: ui and cli use exchange, report and store; all of them use domain; never back. */
class ArchitectureTest {

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
}
