package org.minutes.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Architecture rules of issue 6, point 5, over the CLI and over all four modules together: {@code minutes-cli} is
 * the one module whose class path holds the main classes of {@code grammar}, {@code sdk}, {@code converters} and
 * {@code cli}, so the rule across modules lives here. The rules over one module's packages live in that module
 * ({@code sdk}, {@code converters}).
 */
@AnalyzeClasses(packages = "org.minutes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** No cycle between the top-level packages ({@code grammar}, {@code sdk}, {@code converters}, {@code cli}). */
    @ArchTest
    static final ArchRule noCyclesBetweenModules = slices().matching("org.minutes.(*)..").should().beFreeOfCycles();

    /** The CLI is a client of the SDK's exported API: nothing in {@code org.minutes.sdk.internal} is reached. */
    @ArchTest
    static final ArchRule cliDoesNotReachSdkInternals = noClasses().that().resideInAPackage("org.minutes.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.minutes.sdk.internal..");
}
