/**
 * What a node is and does: its name ({@link io.herdbook.scheduler.node.NodeIdentity}), its roles
 * ({@code herdbook.roles}: {@code api}, {@code scheduler}, {@code worker}) and how those become the
 * web server, Quartz and JobRunr settings ({@link io.herdbook.scheduler.node.RoleDefaults}), including
 * the JobRunr dashboard's credentials. See DESIGN.md "Node roles".
 */
package io.herdbook.scheduler.node;
