package vn.sochibo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of STYLE.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.sochibo");
    }

    @Test
    void jooqOnlyInRepositoriesAndStorage() {
        ArchRule tables = noClasses().that().resideOutsideOfPackages("vn.sochibo.storage..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sochibo.storage.jooq..")
                .because("SQL stays in repositories; services get data as domain records");
        tables.check(classes);
        // services hand the transaction's DSLContext to repositories, and use nothing else of jOOQ
        ArchRule jooq = noClasses().that().resideOutsideOfPackages("vn.sochibo.storage..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.jooq..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(org.jooq.DSLContext.class))));
        jooq.check(classes);
        noClasses().that().haveSimpleNameNotEndingWith("Service").and().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackages("vn.sochibo.storage..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..").check(classes);
    }

    @Test
    void poiOnlyInIoAndFeatureDocuments() {
        // a feature's .docx/.xlsx writers live in its doc package, fed with plain records (STYLE.md house rules)
        noClasses().that().resideOutsideOfPackages("vn.sochibo.io..", "vn.sochibo..doc..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..").check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..", "javafx.application..")
                .check(classes);
    }

    @Test
    void sceneClassesOnlyInViewsUiAndApp() {
        noClasses().that().resideOutsideOfPackages("vn.sochibo.ui..", "vn.sochibo.app..")
                .and().haveNameNotMatching(".*View(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void platformRunLaterOnlyInUi() {
        noClasses().that().resideOutsideOfPackages("vn.sochibo.ui..", "vn.sochibo.app..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class).check(classes);
    }

    @Test
    void servicesAndTheCommandLineKnowNoJavaFx() {
        noClasses().that().resideInAnyPackage("vn.sochibo.cli..", "vn.sochibo.core..", "vn.sochibo.storage..", "vn.sochibo.common..", "vn.sochibo.sample..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    @Test
    void repositoriesHoldNoConnection() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().haveOnlyFinalFields().andShould(new com.tngtech.archunit.lang.ArchCondition<>("have no DSLContext field") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                        item.getFields().stream().filter(f -> f.getRawType().isAssignableTo(org.jooq.DSLContext.class))
                                .forEach(f -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(f, f.getFullName())));
                    }
                }).check(classes);
    }

    @Test
    void storageKnowsNoFeature() {
        noClasses().that().resideInAPackage("vn.sochibo.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sochibo.member..", "vn.sochibo.branch..",
                        "vn.sochibo.app..", "vn.sochibo.cli..").check(classes);
    }

    @Test
    void theRegisterKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("vn.sochibo.member..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sochibo.app..", "vn.sochibo.cli..",
                        "vn.sochibo.meeting..", "vn.sochibo.election..", "vn.sochibo.settings..").check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("vn.sochibo.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("vn.sochibo.storage.jooq.."))
                .check(classes);
    }
}
