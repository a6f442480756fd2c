/**
 * Organisations and the people in them (issue 5): {@code GET /api/v1/organisations/{id}} (the caller's own),
 * {@code POST /api/v1/organisations} (a new one, its creator its owner, with a key for it), the members
 * ({@code GET}, {@code PATCH} a role, {@code DELETE}) and invitations (create, list, revoke, and the
 * unauthenticated {@code POST /api/v1/invitations/accept}).
 *
 * <p>Roles are owner, admin and member ({@link io.herdbook.api.access.Role}); what a key can do is its scopes cut to
 * its holder's role today, so a demotion takes effect on the next request. The rules of roles live in
 * {@link MemberCommands}: nobody changes their own role, only an owner grants or takes away owner, and an
 * organisation always keeps an owner. Every change of membership first locks the organisation's row, so two
 * concurrent changes are judged one after the other (two owners demoting each other cannot leave none).
 *
 * <p>An organisation id other than the caller's key's organisation is a 404 with the body of an unknown id (C18);
 * bodies are read strictly, a field a request does not take (such as {@code organisation_id}, {@code user_id} or
 * {@code role} where it is not asked for) is a 400 naming it (C22). Handlers join the request's transaction (the
 * write wrapper's) or run in their own.
 */
package io.herdbook.api.organisations;
