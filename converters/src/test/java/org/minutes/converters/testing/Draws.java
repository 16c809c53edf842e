package org.minutes.converters.testing;

import java.util.SplittableRandom;

/** The random draws the generators' builders share; one per generated value, not thread-safe. */
class Draws {

    /** The source of every draw. */
    final SplittableRandom random;

    Draws(SplittableRandom random) {
        this.random = random;
    }

    /** {@return true with the given chance} */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** {@return one of the values, each as likely} */
    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
