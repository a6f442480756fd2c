/** The cluster's health as the run ledger shows it: runs nobody picks up, jobs whose last run failed. */
package io.herdbook.scheduler.health;
