/**
 * The benchmark harness behind {@code ops/bench/run}: every figure measures Herdbook and a baseline side by
 * side in the same run, on the same input, and prints one line per figure (see {@link io.herdbook.bench.FigureLine}).
 * A figure is a ratio, never a wall-clock promise: the machine's speed cancels out, a slower Herdbook does not.
 */
package io.herdbook.bench;
