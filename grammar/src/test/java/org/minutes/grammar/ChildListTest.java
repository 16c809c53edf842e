package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link ChildList} behaves as an {@code ArrayList}, from its two fields into its chunks. */
class ChildListTest {

    @Test
    void addGetSetRemoveAndClearAsAnArrayList() {
        Random random = new Random(20261203L);
        for (int length : new int[] {1, 2, 3, 5, 10_000}) {
            List<Integer> children = new ChildList<>();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                if (expected.size() == length) {
                    expected.clear();
                    children.clear();
                }
                int operation = random.nextInt(100);
                if (operation < 80 || expected.isEmpty()) {
                    children.add(i);
                    expected.add(i);
                } else if (operation < 90) {
                    int at = random.nextInt(expected.size());
                    assertEquals(expected.set(at, -i), children.set(at, -i));
                } else if (operation < 99) {
                    int at = expected.size() - 1 - random.nextInt(Math.min(3, expected.size()));
                    assertEquals(expected.remove(at), children.remove(at));
                } else {
                    expected.clear();
                    children.clear();
                }
                assertEquals(expected.size(), children.size());
            }
            assertEquals(expected, children, "lists of up to " + length);
            assertEquals(expected, new ArrayList<>(children));
        }
    }

    @Test
    void indexesOutsideTheListAreRefused() {
        List<String> list = new ChildList<>();
        list.add("a");
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.set(1, "b"));
        assertThrows(IndexOutOfBoundsException.class, () -> list.remove(1));
    }
}
