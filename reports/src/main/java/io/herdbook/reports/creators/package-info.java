/**
 * Creator and post summaries: latest profile counts, posts found, total views from the latest stats
 * per post, and the last fetch outcome. Read by the demo's table and the REST API. Every query is
 * scoped by organisation and pages by keyset (id), never by offset.
 */
package io.herdbook.reports.creators;
