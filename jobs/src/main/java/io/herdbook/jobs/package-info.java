/**
 * Herdbook's tracking jobs and everything they stand on: the platform model, parser and fetchers
 * ({@code platform}), the platform port ({@code source}), the tracking stores ({@code tracking}), the
 * database default ({@code database}) and one package per Spring Batch job ({@code discovery},
 * {@code refresh}; {@code placeholder} holds the catalogue's jobs whose logic is still to come). This module depends on no other Herdbook module but {@code sql}.
 */
package io.herdbook.jobs;
