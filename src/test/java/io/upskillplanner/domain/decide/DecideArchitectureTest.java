package io.upskillplanner.domain.decide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DecideArchitectureTest {

    private final JavaClasses decide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.upskillplanner.domain.decide");

    @Test
    void decisionLogicDependsOnlyOnTheJdkAndTheDomain() {
        classes().that().resideInAPackage("io.upskillplanner.domain.decide..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.upskillplanner.domain..")
                .check(decide);
    }
}
