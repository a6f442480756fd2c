/**
 * The job catalogue: each scheduled job's cron (UTC), its catch-up horizon, and how a fire time
 * becomes the run's period. Everything else in the scheduler reads its timing from here.
 */
package io.herdbook.scheduler.catalogue;
