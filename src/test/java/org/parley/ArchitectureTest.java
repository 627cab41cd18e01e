package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md: frameworks stay out of feature roots, adapters stay out of each other. */
class ArchitectureTest {
    private static final List<String> FEATURES =
            List.of("negotiation", "draft", "compare", "position", "meeting", "access", "ledger", "interchange", "workbench");
    private static final List<String> ADAPTERS = List.of("web", "store", "cli");

    private final JavaClasses parley = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    @Test
    void featureRoots_importNoWebDatabaseCliOrTemplateFramework() {
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage("org.parley." + feature)
                    .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "picocli..", "gg.jte..", "java.sql..")
                    .because("a feature's root holds its domain, use cases and ports; frameworks live in its adapters and platform")
                    .check(parley);
        }
    }

    @Test
    void compareEngine_isPure() {
        noClasses().that().resideInAPackage("org.parley.compare")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..")
                .orShould().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class,
                        FileReader.class, FileWriter.class, PrintStream.class)
                .because("alignment is a pure function of two texts")
                .check(parley);
    }

    @Test
    void adapters_neverImportEachOther() {
        for (String feature : FEATURES) {
            for (String adapter : ADAPTERS) {
                String from = "org.parley." + feature + "." + adapter + "..";
                for (String other : FEATURES) {
                    for (String otherAdapter : ADAPTERS) {
                        String to = "org.parley." + other + "." + otherAdapter + "..";
                        if (!from.equals(to)) {
                            noClasses().that().resideInAPackage(from).should().dependOnClassesThat().resideInAPackage(to)
                                    .allowEmptyShould(true).check(parley);
                        }
                    }
                }
            }
        }
    }

    @Test
    void sql_livesOnlyInStoresAndTheDatabasePlatform() {
        noClasses().that().resideOutsideOfPackages("..store..", "org.parley.platform.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
                .check(parley);
    }
}
