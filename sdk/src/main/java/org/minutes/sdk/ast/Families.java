package org.minutes.sdk.ast;

/**
 * Tests of a node's sealed family (an interface) by its class, remembered per class. On JDK 17 an {@code instanceof}
 * test against an interface that fails scans the class's interfaces with a slow instruction, 30–50 ns a test
 * (JDK-8180450, fixed in JDK 23); loops over every inline of a large paragraph paid it for each leaf.
 */
final class Families {

    /** Emphasis, strong, strikethrough, links and images: inlines that hold inlines. */
    static final ClassValue<Boolean> INLINE_CONTENT = family(InlineContent.class);
    /** Links and images. */
    static final ClassValue<Boolean> LINKED = family(Linked.class);
    /** Emphasis, strong and strikethrough. */
    static final ClassValue<Boolean> DELIMITED = family(Delimited.class);

    private Families() {
    }

    /** {@return whether the node belongs to the family} */
    static boolean in(ClassValue<Boolean> family, Node node) {
        return family.get(node.getClass());
    }

    private static ClassValue<Boolean> family(Class<?> type) {
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> candidate) {
                return type.isAssignableFrom(candidate);
            }
        };
    }
}
