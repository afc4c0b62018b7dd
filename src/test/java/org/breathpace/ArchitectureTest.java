package org.breathpace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layering of docs/design.md, enforced: a package uses only those above it. */
class ArchitectureTest {

    /** Top to bottom: each may use only the ones before it. */
    private static final List<String> LAYERS =
            List.of("breath", "audio", "pacing", "routine", "history", "cli", "ui");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.breathpace");
    }

    @Test
    void eachPackageUsesOnlyPackagesAboveIt() {
        for (int i = 0; i < LAYERS.size(); i++) {
            for (int j = i + 1; j < LAYERS.size(); j++) {
                noClasses().that().resideInAPackage("org.breathpace." + LAYERS.get(i) + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.breathpace." + LAYERS.get(j) + "..")
                        .because(LAYERS.get(i) + " sits above " + LAYERS.get(j))
                        .allowEmptyShould(true)
                        .check(classes);
            }
        }
    }

    @Test
    void breathCoreIsPureJava() {
        noClasses().that().resideInAPackage("org.breathpace.breath..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.sound..", "javafx..", "be.tarsos.dsp.io..", "java.sql..", "java.net..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.breathpace.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyAudioTouchesJavaSound() {
        noClasses().that().resideOutsideOfPackage("org.breathpace.audio..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sound..", "be.tarsos.dsp.io.jvm..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
