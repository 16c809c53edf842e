package org.minutes.sdk.records;

/** Checks shared by the compact constructors of records in several SDK packages. */
public final class Components {

    private Components() {
    }

    /**
     * Checks that no component is null, as {@link java.util.Objects#requireNonNull(Object, String)} does for one.
     *
     * @param names  the components' names, separated by single spaces, in the order of {@code values}
     * @param values the components
     * @throws NullPointerException whose message is the name of the first null component
     */
    public static void requireNonNull(String names, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(names.split(" ")[i]);
            }
        }
    }
}
