/**
 * Launching a job for an observation slot. The slot is the run's only identifying parameter (no
 * incrementer), so a duplicate launch of a completed slot is refused by Spring Batch's job instance
 * and a failed one restarts from its last committed chunk.
 */
package io.herdbook.jobs.launch;
