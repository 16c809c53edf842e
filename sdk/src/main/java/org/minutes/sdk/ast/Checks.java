package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the compact constructors of the AST records. */
final class Checks {

    private Checks() {
    }

    static <T> List<T> list(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        return List.copyOf(values);
    }

    static String text(String value, String name) {
        return Objects.requireNonNull(value, name);
    }

    static String singleLine(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(name + " must be a single line: " + quote(value));
        }
        return value;
    }

    static String quote(String value) {
        return '"' + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + '"';
    }
}
