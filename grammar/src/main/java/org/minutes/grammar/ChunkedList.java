package org.minutes.grammar;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A growable list in chunks of at most {@value #CHUNK} elements, for the lists of a parse that grow with the input
 * (the token list, the children of a long list or table). An {@code ArrayList} of such a list grows into one array
 * of hundreds of kilobytes, which G1 allocates as a "humongous" object; a young collection does not free it, so the
 * tokens or nodes of a finished parse that it points to stay alive and are copied by every young collection until
 * the next marking cycle. Chunks stay small. The first chunk starts at the given size and doubles, so a list of two
 * elements costs what an {@code ArrayList} of two does.
 *
 * @param <E> the element type
 */
public final class ChunkedList<E> extends AbstractList<E> implements RandomAccess {

    private static final int SHIFT = 12;
    /** Elements per full chunk: 16 KB of references, far below any heap region. */
    private static final int CHUNK = 1 << SHIFT;

    private static final Object[][] NO_CHUNKS = {};

    /** The first chunk, which alone may be short: most lists of a parse hold a few elements and need no other. */
    private Object[] first;
    /** The full chunks after the first, allocated as the list grows into them. */
    private Object[][] rest = NO_CHUNKS;
    private int size;

    /**
     * Creates an empty list.
     *
     * @param initialCapacity the first chunk's size, at least 1, at most {@value #CHUNK}
     */
    public ChunkedList(int initialCapacity) {
        first = new Object[Math.max(1, Math.min(CHUNK, initialCapacity))];
    }

    @Override
    public boolean add(E element) {
        if (size < CHUNK) {
            if (size == first.length) {
                first = Arrays.copyOf(first, Math.min(CHUNK, 2 * size));
            }
            first[size] = element;
        } else {
            int chunk = (size >>> SHIFT) - 1;
            if (chunk == rest.length) {
                rest = Arrays.copyOf(rest, Math.max(1, 2 * rest.length));
            }
            if (rest[chunk] == null) {
                rest[chunk] = new Object[CHUNK];
            }
            rest[chunk][size & (CHUNK - 1)] = element;
        }
        size++;
        modCount++;
        return true;
    }

    /** {@return the chunk holding the index} */
    private Object[] chunkOf(int index) {
        return index < CHUNK ? first : rest[(index >>> SHIFT) - 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) chunkOf(index)[index & (CHUNK - 1)];
    }

    @Override
    public E set(int index, E element) {
        E old = get(index);
        chunkOf(index)[index & (CHUNK - 1)] = element;
        return old;
    }

    @Override
    public E remove(int index) {
        E old = get(index);
        for (int i = index; i < size - 1; i++) {
            chunkOf(i)[i & (CHUNK - 1)] = get(i + 1);
        }
        size--;
        chunkOf(size)[size & (CHUNK - 1)] = null;
        modCount++;
        return old;
    }

    @Override
    public void clear() {
        if (size == 0) {
            // The lexer clears its list of blank lines after every line: most are empty already.
            return;
        }
        first = new Object[first.length];
        rest = NO_CHUNKS;
        size = 0;
        modCount++;
    }

    @Override
    public int size() {
        return size;
    }
}
