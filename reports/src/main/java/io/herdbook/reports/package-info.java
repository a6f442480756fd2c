/** The read side: what people look at, read from PostgreSQL and never written here. */
package io.herdbook.reports;
