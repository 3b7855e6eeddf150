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
        // the generated tables (storage.jooq) map enum-like columns to the features' enums: the schema's view, not storage's code
        noClasses().that().resideInAPackage("vn.sochibo.storage..").and().resideOutsideOfPackage("vn.sochibo.storage.jooq..")
                .should().dependOnClassesThat(ofTheProgramOutside("vn.sochibo.storage..", "vn.sochibo.common.."))
                .because("storage knows no feature (a later server mode changes storage only)").check(classes);
    }

    /**
     * Classes that the election split (issue 13, branch arch-election) moves out of io into election's own
     * packages; until it lands they are the only io classes that know a feature. Remove this list with it.
     */
    private static final String[] ELECTION_FILES_LEAVING_IO = {"vn.sochibo.io.ElectionExportFiles",
            "vn.sochibo.io.excel.ElectionWorkbookWriter", "vn.sochibo.io.word.CountRecordDocumentWriter",
            "vn.sochibo.io.word.BallotPaperDocumentWriter"};

    @Test
    void ioIsTheEdge() {
        noClasses().that().resideInAPackage("vn.sochibo.io..")
                .and(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(electionFilesLeavingIo())))
                .should().dependOnClassesThat(ofTheProgramOutside("vn.sochibo.io..", "vn.sochibo.common.."))
                .because("io reads and writes files for any feature, fed with plain records: it knows no feature, "
                        + "repository, storage or view").check(classes);
        noClasses().that().resideInAPackage("vn.sochibo.io..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..").check(classes);
    }

    private static Class<?>[] electionFilesLeavingIo() {
        return java.util.Arrays.stream(ELECTION_FILES_LEAVING_IO).map(name -> {
            try {
                return Class.forName(name, false, ArchitectureTest.class.getClassLoader());
            } catch (ClassNotFoundException moved) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toArray(Class<?>[]::new);
    }

    @Test
    void theCommandLineKnowsNoWindow() {
        noClasses().that().resideInAPackage("vn.sochibo.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sochibo.ui..", "vn.sochibo.app..", "javafx..")
                .orShould().dependOnClassesThat().haveNameMatching(".*(View|ViewModel)(\\$.*)?")
                .because("the command line runs without the window toolkit").check(classes);
    }

    @Test
    void theRootKnowsNoWindow() {
        noClasses().that().resideInAPackage("vn.sochibo.core..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sochibo.ui..", "vn.sochibo.app..", "vn.sochibo.cli..", "javafx..")
                .orShould().dependOnClassesThat().haveNameMatching(".*(View|ViewModel)(\\$.*)?")
                .because("core/Services wires services for the window and the command line alike").check(classes);
    }

    @Test
    void featureSubPackagesKeepTheirLayers() {
        FeatureLayers.rule("vn.sochibo").check(classes);
    }

    /** Classes of the program outside the given packages (and outside the generated tables). */
    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> ofTheProgramOutside(
            String... packages) {
        java.util.List<String> allowed = new java.util.ArrayList<>(java.util.List.of(packages));
        allowed.add("vn.sochibo.storage.jooq..");
        return com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("vn.sochibo..")
                .and(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(allowed.toArray(String[]::new))))
                .as("classes of the program outside " + allowed);
    }

    @Test
    void theRegisterKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("vn.sochibo.member..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sochibo.app..", "vn.sochibo.cli..",
                        "vn.sochibo.meeting..", "vn.sochibo.election..", "vn.sochibo.settings..").check(classes);
    }

    @Test
    void noPackageCycles() {
        // the generated tables are the schema's view: every feature reads them, they name the features' enums
        slices().matching("vn.sochibo.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("vn.sochibo.storage.jooq.."))
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("vn.sochibo.storage.jooq.."),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .check(classes);
    }
}
