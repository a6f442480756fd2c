/**
 * Placeholders for the catalogue's jobs whose logic arrives with later issues: each is a real Spring
 * Batch job under its final name, taking the identifying {@code slot} parameter, whose one step only
 * logs. They exist so the catalogue, the schedule and the run ledger are complete from the start; see
 * README.md here for which issue replaces which.
 */
package io.herdbook.jobs.placeholder;
