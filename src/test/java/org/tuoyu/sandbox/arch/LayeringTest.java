package org.tuoyu.sandbox.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the arrows one way: engine <- scenario <- export <- ui / cli <- app. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tuoyu.sandbox");
    }

    @Test
    void engineIsPureJavaWithoutIoOrUi() {
        noClasses().that().resideInAPackage("..engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.io..", "java.nio.file..", "java.awt..", "javax.swing..",
                        "org.apache.poi..", "com.fasterxml.jackson..", "org.yaml..",
                        "..sandbox.scenario..", "..sandbox.export..", "..sandbox.ui..", "..sandbox.cli..", "..sandbox.app..")
                .check(classes);
    }

    @Test
    void scenarioFilesKnowNothingOfExportUiOrCli() {
        noClasses().that().resideInAPackage("..sandbox.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "..sandbox.export..", "..sandbox.ui..", "..sandbox.cli..", "..sandbox.app..")
                .check(classes);
    }

    @Test
    void decisionToolsUseOnlyTheEngineAndScenarioFiles() {
        noClasses().that().resideInAPackage("..sandbox.decide..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.nio.file..", "org.apache.poi..", "..sandbox.export..", "..sandbox.workshop..",
                        "..sandbox.ui..", "..sandbox.cli..", "..sandbox.app..")
                .check(classes);
    }

    @Test
    void exportKnowsNothingOfUiOrCli() {
        noClasses().that().resideInAPackage("..sandbox.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..sandbox.ui..", "..sandbox.cli..", "..sandbox.app..")
                .check(classes);
    }

    /** Charts are drawn with java.awt (JFreeChart) in export.render only; the rest of export stays toolkit-free. */
    @Test
    void onlyExportRenderUsesAwt() {
        noClasses().that().resideInAPackage("..sandbox.export..").and().resideOutsideOfPackage("..sandbox.export.render..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "org.jfree..")
                .check(classes);
    }

    @Test
    void uiAndCliDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("..sandbox.ui..")
                .should().dependOnClassesThat().resideInAPackage("..sandbox.cli..")
                .allowEmptyShould(true) // until the ui package exists
                .check(classes);
        noClasses().that().resideInAPackage("..sandbox.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("..sandbox.ui..", "javafx..").check(classes);
    }

    @Test
    void engineAndScenarioDoNotPrintToTheConsole() {
        noClasses().that().resideInAnyPackage("..sandbox.engine..", "..sandbox.scenario..", "..sandbox.export..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }
}
