/**
 * REST API v1: {@code GET /api/v1/creators} and {@code GET /api/v1/creators/{id}/posts} (the read side),
 * and {@code /api/v1/jobs} (the job catalogue, its schedules and the run ledger: pause, resume, backfill,
 * run now: read scope to read, a platform admin's admin scope to change), and the sentiment radar: {@code GET
 * /api/v1/projects/{id}/sentiment} (KPIs, volume, ranked creators, alerts, the stream's first page),
 * {@code /api/v1/projects/{id}/sentiment/comments} (the stream, page by page) and {@code GET
 * /api/v1/videos/{id}/comments} (one post's comments with its breakdown; read scope); goals ({@code /api/v1/projects/{id}/goals},
 * {@code /api/v1/goals/{id}} and its {@code /creators/{creatorId}}) and their compliance ({@code GET
 * /api/v1/projects/{id}/goal-compliance} and {@code /summary}); and the payout side: campaigns, payout structures
 * and their re-evaluations, payout methods, accruals and balances, payments and their receipts, with money as
 * two-decimal text ({@code JsonBody} says how amounts are read). Field names are snake_case in every body.
 * Lists page by keyset with an opaque {@code next}
 * cursor. Every error is {@code application/problem+json}. Every request carries an API key
 * ({@code Authorization: Bearer hbk_…}, see the access package): it is scoped to the key's organisation, and each
 * handler declares the scope it needs.
 */
package io.herdbook.api.rest;
