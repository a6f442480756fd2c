/** The queue's plumbing: JobRunr's storage on the shared PostgreSQL, safe when nodes start together. */
package io.herdbook.scheduler.queue;
