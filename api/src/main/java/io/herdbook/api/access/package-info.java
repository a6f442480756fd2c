/**
 * Who may call the API and what they may do: API keys, their scopes and their holders' roles.
 *
 * <p>Every request under {@code /api/v1} (but the API document and the few {@link io.herdbook.api.access.Unauthenticated}
 * routes) carries {@code Authorization: Bearer hbk_…}; {@link io.herdbook.api.access.ApiKeyFilter} turns it into a
 * {@link io.herdbook.api.access.Caller} or answers 401. A key belongs to one person in one organisation; its secret is
 * shown once and only its SHA-256 is stored. Scopes {@code read} ⊂ {@code write} ⊂ {@code admin}, cut down at every
 * request to what the holder's role allows (a demoted admin's keys lose {@code admin} at once); {@code platform} is
 * {@code admin} held by a platform operator, for what reaches past one organisation.
 *
 * <p>Deny by default (C20): every handler declares the scope it needs with {@link io.herdbook.api.access.RequiresScope};
 * one that declares nothing is refused to everyone ({@link io.herdbook.api.access.ScopeInterceptor}), and a test walks
 * every mapping to keep it so.
 */
package io.herdbook.api.access;
