package org.minutes.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules of issue 6, point 5, over the SDK's main classes. */
@AnalyzeClasses(packages = "org.minutes.sdk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** No cycle between the SDK's packages ({@code ast}, {@code model}, {@code syntax}, {@code internal}, ...). */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.minutes.sdk.(*)..").should().beFreeOfCycles();

    /**
     * The root package ({@code MinutesParser}, {@code ParseResult}) is the entry point: it uses every other package
     * and none uses it but {@code archive}, which reads notes through it (issue 7). With {@link #noPackageCycles},
     * whose slices leave the root out, and {@link #nothingDependsOnTheArchive}, this proves the SDK's package graph
     * has no cycle at all.
     */
    @ArchTest
    static final ArchRule nothingDependsOnTheEntryPoint = noClasses().that()
            .resideInAPackage("org.minutes.sdk.*..").and().resideOutsideOfPackage("org.minutes.sdk.archive..")
            .should().dependOnClassesThat().resideInAPackage("org.minutes.sdk");

    /** The archive (issue 7) sits on top of the SDK: no other package, the entry point included, depends on it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheArchive = noClasses().that()
            .resideOutsideOfPackage("org.minutes.sdk.archive..")
            .should().dependOnClassesThat().resideInAPackage("org.minutes.sdk.archive..");

    /** The AST and the semantic model are API: they do not depend on the implementation. */
    @ArchTest
    static final ArchRule astAndModelDoNotDependOnInternal = noClasses().that()
            .resideInAnyPackage("org.minutes.sdk.ast..", "org.minutes.sdk.model..")
            .should().dependOnClassesThat().resideInAPackage("org.minutes.sdk.internal..");

    /**
     * The generated grammar is an implementation detail (its module exports it to the SDK alone): only
     * {@code org.minutes.sdk.internal} reads it, so no ANTLR type reaches the API.
     */
    @ArchTest
    static final ArchRule onlyInternalReadsTheGrammar = noClasses().that()
            .resideOutsideOfPackage("org.minutes.sdk.internal..")
            .should().dependOnClassesThat().resideInAPackage("org.minutes.grammar..");

    /**
     * One notion of white space and line ends (D2, D3, D5; issue 10, point 1): no SDK class but
     * {@link org.minutes.sdk.syntax.Whitespace} asks Java's own, which skip U+2028, U+0085, U+000B, U+2000–U+200A as
     * space and keep NBSP; and no class compiles a pattern whose {@code .} and {@code $} would take U+2028 for a line
     * end.
     */
    @ArchTest
    static final ArchRule oneNotionOfWhitespace = noClasses().that()
            .doNotHaveFullyQualifiedName("org.minutes.sdk.syntax.Whitespace")
            .should().callMethod(String.class, "strip")
            .orShould().callMethod(String.class, "stripLeading")
            .orShould().callMethod(String.class, "stripTrailing")
            .orShould().callMethod(String.class, "trim")
            .orShould().callMethod(String.class, "isBlank")
            .orShould().callMethod(Character.class, "isWhitespace", char.class)
            .orShould().callMethod(Character.class, "isWhitespace", int.class)
            .orShould().callMethod(Character.class, "isSpaceChar", char.class)
            .orShould().callMethod(Character.class, "isSpaceChar", int.class)
            .orShould().callMethod(java.util.regex.Pattern.class, "compile", String.class)
            .orShould().callMethod(java.util.regex.Pattern.class, "compile", String.class, int.class)
            .orShould().callMethod(java.util.regex.Pattern.class, "matches", String.class, CharSequence.class)
            .orShould().callMethod(String.class, "matches", String.class)
            .orShould().callMethod(String.class, "lines");
}
