package org.minutes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link ChunkedList} behaves as an {@code ArrayList} across its chunk boundaries. */
class ChunkedListTest {

    @Test
    void addGetSetRemoveAndClearAsAnArrayList() {
        Random random = new Random(20261203L);
        for (int initial : new int[] {1, 2, 64, 4096, 100_000}) {
            List<Integer> chunked = new ChunkedList<>(initial);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                int operation = random.nextInt(100);
                if (operation < 80 || expected.isEmpty()) {
                    chunked.add(i);
                    expected.add(i);
                } else if (operation < 90) {
                    int at = random.nextInt(expected.size());
                    assertEquals(expected.set(at, -i), chunked.set(at, -i));
                } else if (operation < 99) {
                    int at = expected.size() - 1 - random.nextInt(Math.min(3, expected.size()));
                    assertEquals(expected.remove(at), chunked.remove(at));
                } else {
                    expected.clear();
                    chunked.clear();
                }
                assertEquals(expected.size(), chunked.size());
            }
            assertEquals(expected, chunked, "initial capacity " + initial);
            assertEquals(expected, new ArrayList<>(chunked));
        }
    }

    @Test
    void indexesOutsideTheListAreRefused() {
        List<String> list = new ChunkedList<>(2);
        list.add("a");
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.set(1, "b"));
        assertThrows(IndexOutOfBoundsException.class, () -> list.remove(1));
    }
}
