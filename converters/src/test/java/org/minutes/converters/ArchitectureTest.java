package org.minutes.converters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules of issue 6, point 5, over the converters' main classes. */
@AnalyzeClasses(packages = "org.minutes.converters", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The converters are clients of the SDK's exported API: nothing in {@code org.minutes.sdk.internal} is reached. */
    @ArchTest
    static final ArchRule convertersDoNotReachSdkInternals = noClasses().that()
            .resideInAPackage("org.minutes.converters..")
            .should().dependOnClassesThat().resideInAPackage("org.minutes.sdk.internal..");

    /** No cycle between the converters' packages ({@code json}, {@code ical}, {@code markdown}). */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.minutes.converters.(*)..").should()
            .beFreeOfCycles();
}
