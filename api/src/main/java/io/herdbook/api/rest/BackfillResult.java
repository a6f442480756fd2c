package io.herdbook.api.rest;

import java.util.List;

/**
 * The answer to an accepted backfill (202): every period of the range, in order, with what became of it.
 *
 * @param queued how many of the periods this request queued
 */
public record BackfillResult(String jobName, int queued, List<BackfillOutcome> periods) {
}
