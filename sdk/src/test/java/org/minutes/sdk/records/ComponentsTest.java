package org.minutes.sdk.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.minutes.sdk.diagnostic.Diagnostic;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.source.Position;
import org.minutes.sdk.source.Span;

/** The records' shared null check names the first null component, as {@code Objects.requireNonNull} does. */
class ComponentsTest {

    @Test
    void namesTheFirstNullComponent() {
        Components.requireNonNull("a b c", 1, "two", 3.0);
        assertEquals("b", assertThrows(NullPointerException.class,
                () -> Components.requireNonNull("a b c", 1, null, null)).getMessage());
    }

    @Test
    void d69aDiagnosticNamesItsMissingPart() {
        Position at = new Position(1, 1);
        assertEquals("span", assertThrows(NullPointerException.class,
                () -> new Diagnostic(DiagnosticCode.TITLE_MISSING, "m", null, at, at)).getMessage());
    }
}
