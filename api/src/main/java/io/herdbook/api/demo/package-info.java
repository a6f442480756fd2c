/**
 * The demo: a tenant named {@code demo}, the creators the sandbox serves, one discovery and one
 * stats-refresh run, and a table of what landed in PostgreSQL.
 */
package io.herdbook.api.demo;
