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

    private Object[][] chunks;
    private int size;

    /**
     * Creates an empty list.
     *
     * @param initialCapacity the first chunk's size, at least 1, at most {@value #CHUNK}
     */
    public ChunkedList(int initialCapacity) {
        chunks = new Object[][] {new Object[Math.max(1, Math.min(CHUNK, initialCapacity))]};
    }

    @Override
    public boolean add(E element) {
        int chunk = size >>> SHIFT;
        int at = size & (CHUNK - 1);
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, 2 * chunks.length);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new Object[CHUNK];
        } else if (at == chunks[chunk].length) {
            // Only the first chunk is ever short.
            chunks[chunk] = Arrays.copyOf(chunks[chunk], Math.min(CHUNK, 2 * at));
        }
        chunks[chunk][at] = element;
        size++;
        modCount++;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) chunks[index >>> SHIFT][index & (CHUNK - 1)];
    }

    @Override
    public E set(int index, E element) {
        E old = get(index);
        chunks[index >>> SHIFT][index & (CHUNK - 1)] = element;
        return old;
    }

    @Override
    public E remove(int index) {
        E old = get(index);
        for (int i = index; i < size - 1; i++) {
            chunks[i >>> SHIFT][i & (CHUNK - 1)] = get(i + 1);
        }
        size--;
        chunks[size >>> SHIFT][size & (CHUNK - 1)] = null;
        modCount++;
        return old;
    }

    @Override
    public void clear() {
        chunks = new Object[][] {new Object[chunks[0].length]};
        size = 0;
        modCount++;
    }

    @Override
    public int size() {
        return size;
    }
}
