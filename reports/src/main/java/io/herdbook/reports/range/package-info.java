/**
 * Ranges of whole local days in a project's time zone, read as half-open UTC windows built from local
 * midnights (C11): what every report that takes "from" and "to" dates means by them.
 */
package io.herdbook.reports.range;
