package org.faultline.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering true: {@code core} knows no NLP library, database, web framework or JSON
 * library; each outside library stays in its own module; packages have no cycles; only the CLI
 * writes to standard output and standard error.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.faultline");
  }

  @Test
  void coreDependsOnNoNlpLibraryDatabaseWebFrameworkOrCliLibrary() {
    noClasses()
        .that()
        .resideInAPackage("org.faultline.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "edu.stanford.nlp..",
            "org.duckdb..",
            "io.javalin..",
            "com.fasterxml.jackson..",
            "picocli..",
            "java.sql..",
            "org.apache.spark..",
            "org.faultline.formats..",
            "org.faultline.nlp..",
            "org.faultline.store..",
            "org.faultline.cli..")
        .check(classes);
  }

  @Test
  void onlyTheNlpModuleKnowsCoreNlp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.faultline.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford.nlp..")
        .check(classes);
  }

  @Test
  void onlyTheStoreModuleKnowsDuckDb() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.faultline.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.duckdb..")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.faultline.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyTheCliWritesToStandardOutputOrError() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.faultline.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }
}
