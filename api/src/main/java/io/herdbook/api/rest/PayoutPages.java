package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.Keyset;
import java.util.List;
import java.util.function.Function;

/** Turns {@code size + 1} rows read by keyset into a {@link Page} of views whose {@code next} continues after its last row. */
final class PayoutPages {

    private PayoutPages() {
    }

    /** A page ordered by id: the cursor is the last id. */
    static <T, V> Page<V> byId(List<T> rows, int size, Function<T, Long> id, Function<T, V> view) {
        boolean more = rows.size() > size;
        List<T> page = more ? rows.subList(0, size) : rows;
        return new Page<>(page.stream().map(view).toList(), more ? Long.toString(id.apply(page.getLast())) : null);
    }

    /** A page ordered by (time, id): the cursor is the last row's {@link Keyset} token. */
    static <T, V> Page<V> byKeyset(List<T> rows, int size, Function<T, Keyset> keyset, Function<T, V> view) {
        boolean more = rows.size() > size;
        List<T> page = more ? rows.subList(0, size) : rows;
        return new Page<>(page.stream().map(view).toList(), more ? keyset.apply(page.getLast()).token() : null);
    }
}
