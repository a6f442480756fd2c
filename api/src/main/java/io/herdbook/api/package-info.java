/**
 * The runnable application: the CLI ({@code cli}), the demo ({@code demo}) and the REST API v1
 * ({@code rest}). Nothing depends on this module.
 */
package io.herdbook.api;
