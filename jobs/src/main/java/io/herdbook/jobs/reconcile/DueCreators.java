package io.herdbook.jobs.reconcile;

import io.herdbook.jobs.partition.StepNotes;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * deep-reconcile's reader: the creators due at the run's slot, in walk order ({@link DeepScanStore#due}), until the
 * run's {@link FetchBudget} is spent. "Due" is judged against the slot, not the wall clock, so a late or restarted run
 * of a slot picks what the slot would have. The list is taken at the first read; a restarted run takes it again and
 * finds the creators it finished already scanned at this slot and those it cut off first in line, so it needs no
 * position of its own: only the fetches used so far, kept in the step's execution context.
 */
class DueCreators implements ItemStreamReader<DueCreator> {

    static final String FETCHES_USED = "deep-reconcile.fetches-used";
    private static final Logger log = LoggerFactory.getLogger(DueCreators.class);

    private final DeepScanStore scans;
    private final FetchBudget budget;
    private final Instant slot;
    private final Duration rescanAfter;
    private Iterator<DueCreator> due;
    private int left;

    DueCreators(DeepScanStore scans, FetchBudget budget, Instant slot, Duration rescanAfter) {
        this.scans = scans;
        this.budget = budget;
        this.slot = slot;
        this.rescanAfter = rescanAfter;
    }

    @Override
    public void open(ExecutionContext context) {
        budget.restore(context.containsKey(FETCHES_USED) ? context.getInt(FETCHES_USED) : 0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(FETCHES_USED, budget.used());
    }

    @Override
    public DueCreator read() {
        if (due == null) {
            List<DueCreator> all = scans.due(slot.minus(rescanAfter));
            StepNotes.total(all.size());
            log.info("deep-reconcile for {}: {} creators due, budget {} list pages ({} used)", slot, all.size(), budget.limit(), budget.used());
            due = all.iterator();
            left = all.size();
        }
        if (!due.hasNext()) {
            return null;
        }
        if (budget.spent()) {
            log.info("deep-reconcile for {}: budget of {} list pages spent; {} due creators wait for the next run", slot, budget.limit(), left);
            return null;
        }
        left--;
        return due.next();
    }
}
