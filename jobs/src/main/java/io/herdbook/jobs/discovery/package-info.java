/**
 * The {@code discovery} job: for each active or private creator, fetch the profile (a creator
 * snapshot) and page through the posts newest first until the first already known post, recording
 * the new ones. See this package's README.md.
 */
package io.herdbook.jobs.discovery;
