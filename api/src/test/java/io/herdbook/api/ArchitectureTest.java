package io.herdbook.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The allowed directions between modules (DESIGN.md "Modules"): nothing depends on {@code api};
 * {@code jobs} depends on no other Herdbook module; {@code reports} and {@code scheduler} only on
 * {@code jobs}; the sandbox is for demos and tests and production code never calls it, but the CLI.
 */
class ArchitectureTest {

    private static final JavaClasses HERDBOOK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.herdbook");

    @Test
    void jobsDependsOnNoOtherHerdbookModule() {
        noClasses().that().resideInAPackage("io.herdbook.jobs..")
                .should().dependOnClassesThat().resideInAnyPackage("io.herdbook.api..", "io.herdbook.reports..",
                        "io.herdbook.scheduler..", "io.herdbook.sandbox..")
                .check(HERDBOOK);
    }

    @Test
    void nothingDependsOnTheApi() {
        noClasses().that().resideOutsideOfPackage("io.herdbook.api..")
                .should().dependOnClassesThat().resideInAPackage("io.herdbook.api..")
                .check(HERDBOOK);
    }

    @Test
    void reportsAndSchedulerDependOnlyOnJobs() {
        noClasses().that().resideInAnyPackage("io.herdbook.reports..", "io.herdbook.scheduler..")
                .should().dependOnClassesThat().resideInAnyPackage("io.herdbook.api..", "io.herdbook.sandbox..")
                .check(HERDBOOK);
    }

    @Test
    void onlyTheCliStartsTheSandbox() {
        noClasses().that().resideInAPackage("io.herdbook.api..").and().resideOutsideOfPackage("io.herdbook.api.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.herdbook.sandbox..")
                .check(HERDBOOK);
    }

    @Test
    void jobsTalkToThePlatformOnlyThroughThePort() {
        noClasses().that().resideInAnyPackage("io.herdbook.jobs.discovery..", "io.herdbook.jobs.refresh..", "io.herdbook.jobs.comments..",
                        "io.herdbook.jobs.reconcile..")
                .should().dependOnClassesThat().resideInAPackage("io.herdbook.jobs.platform.fetch..")
                .check(HERDBOOK);
    }
}
