/**
 * REST API v1 (read side of this slice): {@code GET /api/v1/creators} and
 * {@code GET /api/v1/creators/{id}/posts}. Lists page by keyset with an opaque {@code next} cursor.
 * Every error is {@code application/problem+json}; until API keys arrive, requests are scoped to the
 * organisation named by {@code herdbook.api.organisation}.
 */
package io.herdbook.api.rest;
