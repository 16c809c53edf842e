package org.minutes.grammar;

import org.antlr.v4.runtime.IntStream;

/**
 * A stream over an input held whole in memory ({@link StringCharStream}, {@link ListTokenStream}): any index can be
 * sought at any time, so marks hold nothing back.
 */
interface HeldInput extends IntStream {

    @Override
    default int mark() {
        return -1;
    }

    @Override
    default void release(int marker) {
    }
}
