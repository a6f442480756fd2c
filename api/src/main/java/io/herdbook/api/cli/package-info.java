/**
 * The {@code herdbook} command line: {@code demo}, {@code track}, {@code run JOB}, {@code serve},
 * {@code parse FILE}, {@code help}. Commands that need no database ({@code parse}, {@code help}) start no
 * Spring context; only {@code serve} starts a node whose roles apply, every other command is one-shot
 * ({@code Node}).
 */
package io.herdbook.api.cli;
