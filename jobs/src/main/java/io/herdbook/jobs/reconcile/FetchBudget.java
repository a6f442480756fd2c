package io.herdbook.jobs.reconcile;

/**
 * The post-list pages a run may still fetch. One per step execution, shared by the reader (which stops handing out
 * creators once it is spent) and the walk (which takes one per page); the reader keeps what was used in the step's
 * execution context, so a restarted run goes on with what its failed attempt left, not with a fresh budget.
 * Used from the step's one thread only: the step has no task executor, so walks run one after the other.
 *
 * <p>Not final: it is a step-scoped bean, reached through a class proxy.
 */
class FetchBudget {

    private final int limit;
    private int used;

    FetchBudget(int limit) {
        this.limit = limit;
    }

    /** Takes one fetch if any is left. */
    public boolean take() {
        if (used >= limit) {
            return false;
        }
        used++;
        return true;
    }

    public boolean spent() {
        return used >= limit;
    }

    public int used() {
        return used;
    }

    public int limit() {
        return limit;
    }

    /** What an earlier attempt of the same run had used (on restart). */
    public void restore(int alreadyUsed) {
        used = Math.min(alreadyUsed, limit);
    }
}
