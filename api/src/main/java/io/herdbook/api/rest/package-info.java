/**
 * REST API v1: {@code GET /api/v1/creators} and {@code GET /api/v1/creators/{id}/posts} (the read side),
 * and {@code /api/v1/jobs} (the job catalogue, its schedules and the run ledger: pause, resume, backfill,
 * run now; admin scope, which arrives with API keys). Lists page by keyset with an opaque {@code next}
 * cursor. Every error is {@code application/problem+json}; until API keys arrive, requests are scoped to
 * the organisation named by {@code herdbook.api.organisation}.
 */
package io.herdbook.api.rest;
