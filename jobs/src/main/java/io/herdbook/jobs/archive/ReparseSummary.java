package io.herdbook.jobs.archive;

/**
 * What a reparse did.
 *
 * @param payloadsRead       archived payloads read in the range
 * @param postsAdded         posts that were not stored and are now
 * @param snapshotsWritten   (post, slot) snapshots that were missing and are now written
 * @param snapshotsChanged   snapshots whose counts differed from what the payload says now, corrected
 * @param snapshotsUnchanged snapshots that already said what the payload says
 * @param notParsed          payloads the current parser reads as no data (of which {@code notParsedWereData} were data
 *                           when fetched: a parser change that lost something)
 * @param notParsedWereData  of {@code notParsed}, those the job had recorded as data
 * @param unused             payloads that parse but give nothing to write, by the jobs' own rules (a private profile, a
 *                           post page of another post or without stats, a post or creator no longer stored)
 * @param frozenInPayoutLines payout lines that froze the views of a snapshot this reparse changed: they keep the views
 *                           and amounts they were computed from (lines never change); a re-evaluation pays the difference
 */
public record ReparseSummary(long payloadsRead, long postsAdded, long snapshotsWritten, long snapshotsChanged,
                             long snapshotsUnchanged, long notParsed, long notParsedWereData, long unused,
                             long frozenInPayoutLines) {

    /** True when this reparse wrote nothing. */
    public boolean changedNothing() {
        return postsAdded == 0 && snapshotsWritten == 0 && snapshotsChanged == 0;
    }
}
