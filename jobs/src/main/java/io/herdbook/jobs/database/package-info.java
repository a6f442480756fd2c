/**
 * Where Herdbook's PostgreSQL comes from. If {@code spring.datasource.url} is configured, that
 * server is used as is; otherwise an embedded PostgreSQL (real server binaries from the zonky
 * artifact) starts with its data kept under {@code herdbook.database.embedded.data-dir}, so a demo
 * survives a restart. There is no in-memory fallback: every path is a real PostgreSQL.
 */
package io.herdbook.jobs.database;
