/**
 * The {@code herdbook} command line: {@code demo}, {@code track}, {@code run JOB}, {@code serve},
 * {@code parse FILE}, {@code help}, and the operator controls over the job catalogue and the run
 * ledger ({@code jobs}, {@code runs}, {@code pause}, {@code resume}, {@code backfill},
 * {@code run-now}; see {@code JobCommand}), which queue work for the workers rather than doing it
 * themselves. Commands that need no database ({@code parse}, {@code help}) start no Spring context;
 * only {@code serve} starts a node whose roles apply, every other command is one-shot ({@code Node}).
 */
package io.herdbook.api.cli;
