package io.github.imut.check;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An evaluation's facts: an unmodifiable map over the name-value pairs of {@link Evaluation.Builder}, in the order the
 * rule gave them. Lookups scan the pairs (a rule gives a handful of facts: a scan beats hashing them); equality, hash
 * code and string form are a map's. Nothing here changes after construction: the builder copies the array before it
 * changes it again.
 */
final class Facts extends AbstractMap<String, Object> {
    private final Object[] pairs;
    private final int size;

    Facts(Object[] pairs, int size) {
        this.pairs = pairs;
        this.size = size;
    }

    @Override
    public int size() {
        return size / 2;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : pairs[i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        for (int i = 0; i < size; i += 2) {
            if (pairs[i] == key || pairs[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size / 2;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Object> e = new SimpleImmutableEntry<>((String) pairs[next],
                                pairs[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }
        };
    }
}
