package org.parley.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LedgerArchitectureTest {

    private final JavaClasses ledger = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley.ledger");

    @Test
    void rootPackage_usesNoLibraryBeyondTheJdk() {
        noClasses().that().resideInAPackage("org.parley.ledger")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.parley..")
                .check(ledger);
    }

    @Test
    void rootPackage_touchesNoFiles() {
        noClasses().that().resideInAPackage("org.parley.ledger")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..")
                .check(ledger);
    }

    @Test
    void adapters_doNotUseEachOther() {
        noClasses().that().resideInAPackage("..ledger.cli..")
                .should().dependOnClassesThat().resideInAPackage("..ledger.store..")
                .check(ledger);
        noClasses().that().resideInAPackage("..ledger.store..")
                .should().dependOnClassesThat().resideInAPackage("..ledger.cli..")
                .check(ledger);
    }
}
