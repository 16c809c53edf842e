package org.minutes.converters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Issue 6, points 3 and 5: a renderer decides every escape from the dialect's vocabulary and never re-parses its
 * output; re-parsing stays in the tests as the oracle (D72).
 */
@AnalyzeClasses(packages = "org.minutes.converters", importOptions = ImportOption.DoNotIncludeTests.class)
class RenderersDoNotParseTest {

    /** No class in a renderer package calls {@code org.minutes.sdk.MinutesParser}. */
    @ArchTest
    static final ArchRule renderersDoNotCallTheParser = noClasses().that()
            .resideInAnyPackage("org.minutes.converters.markdown..", "org.minutes.converters.html..")
            .should().accessClassesThat().haveFullyQualifiedName("org.minutes.sdk.MinutesParser");
}
