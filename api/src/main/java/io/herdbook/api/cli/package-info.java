/**
 * The {@code herdbook} command line: {@code demo}, {@code run JOB}, {@code parse FILE}, {@code help}.
 * Commands that need no database ({@code parse}, {@code help}) start no Spring context.
 */
package io.herdbook.api.cli;
