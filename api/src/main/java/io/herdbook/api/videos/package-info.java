/**
 * Videos (the API's name for posts: videos and photo carousels) and the tracking inbox: adding posts by URL, their
 * tracking status (PENDING, TRACKED, EXCLUDED, EXPIRED), a project's inbox of discovered posts awaiting review, and
 * a one-off stats refresh of one post. Every query is scoped by the caller's organisation; another organisation's
 * ids answer exactly as unknown ones do (C18), and a bulk action holding any of them changes nothing (C19).
 */
package io.herdbook.api.videos;
