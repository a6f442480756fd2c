package io.herdbook.jobs.payouts.accrual;

import java.math.BigDecimal;

/**
 * An adjusting line a re-evaluation wrote: the difference between what the terms give now and the sum of the lines
 * already there for the same key (structure, creator, period, post).
 *
 * @param lineId       the new line
 * @param adjustsId    the key's original line (revision 0); null when this is the key's original line, written by the
 *                     re-evaluation because the first evaluation had none
 * @param computedDelta what the terms give now minus what the earlier lines computed
 * @param amountDelta  what is now owed on top (negative: a claw-back), after the budget
 */
public record Adjustment(long lineId, Long adjustsId, long creatorId, Long postId, int revision, BigDecimal computedDelta,
                         BigDecimal amountDelta, BigDecimal unfundedDelta, String note) {
}
