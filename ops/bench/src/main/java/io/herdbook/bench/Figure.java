package io.herdbook.bench;

import java.util.List;

/** One kind of measurement of {@code ops/bench/run}: it may print several lines (P1 and P1-htmlunit, P3 at three sizes). */
public interface Figure {

    /** The figure's name as {@code --only} selects it (P1, P2, P3, P4, P5). */
    String name();

    /** Measures Herdbook and its baselines; every line it returns is printed and recorded. */
    List<FigureLine> measure(BenchContext context) throws Exception;
}
