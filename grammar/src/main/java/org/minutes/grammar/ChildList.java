package org.minutes.grammar;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A parse-tree context's children: the first two in fields of the list itself, any others in a {@link ChunkedList}
 * made when a third comes. Most contexts of a parse hold one or two children (a line and its NL, a block's one
 * alternative), and the list then costs one object of 32 bytes where a list over an array of two costs two of 56
 * (issue 10, point 3: a blank line is two contexts; issue 12, point 2: allocation per input byte).
 *
 * @param <E> the element type
 */
final class ChildList<E> extends AbstractList<E> implements RandomAccess {

    private E first;
    private E second;
    /** The elements from the third on; null until there is one. */
    private ChunkedList<E> rest;
    private int size;

    @Override
    public boolean add(E element) {
        switch (size) {
            case 0 -> first = element;
            case 1 -> second = element;
            default -> {
                if (rest == null) {
                    rest = new ChunkedList<>(2);
                }
                rest.add(element);
            }
        }
        size++;
        modCount++;
        return true;
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        return switch (index) {
            case 0 -> first;
            case 1 -> second;
            default -> rest.get(index - 2);
        };
    }

    @Override
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        E old;
        switch (index) {
            case 0 -> {
                old = first;
                first = element;
            }
            case 1 -> {
                old = second;
                second = element;
            }
            default -> old = rest.set(index - 2, element);
        }
        return old;
    }

    @Override
    public E remove(int index) {
        E old = get(index);
        for (int i = index; i < size - 1; i++) {
            set(i, get(i + 1));
        }
        switch (size - 1) {
            case 0 -> first = null;
            case 1 -> second = null;
            default -> rest.remove(size - 3);
        }
        size--;
        modCount++;
        return old;
    }

    @Override
    public void clear() {
        first = null;
        second = null;
        rest = null;
        size = 0;
        modCount++;
    }

    @Override
    public int size() {
        return size;
    }
}
