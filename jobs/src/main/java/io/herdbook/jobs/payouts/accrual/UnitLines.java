package io.herdbook.jobs.payouts.accrual;

import java.util.List;

/** A unit's computed lines in qualification order (qualified time, then creator, post or goal result). */
public record UnitLines(PayoutUnit unit, List<Line> lines) {
}
