/** The scheduler's meters ({@code herdbook.runs.*}); their exported names are pinned by a test (case C14). */
package io.herdbook.scheduler.metrics;
