package io.herdbook.scheduler.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parsing {@code herdbook.roles}: strict, any order and case, never empty. */
class NodeRolesTest {

    @Test
    void aCommaListNamesTheRolesInAnyOrderAndCase() {
        NodeRoles roles = NodeRoles.parse(" Worker , api");

        assertThat(roles.roles()).containsExactlyInAnyOrder(NodeRole.API, NodeRole.WORKER);
        assertThat(roles.has(NodeRole.SCHEDULER)).isFalse();
        assertThat(roles).hasToString("api,worker");
    }

    @Test
    void allRolesReadBackAsTheDefaultList() {
        assertThat(NodeRoles.ALL).hasToString("api,scheduler,worker");
        assertThat(NodeRoles.parse("api,scheduler,worker")).isEqualTo(NodeRoles.ALL);
    }

    @Test
    void anEmptyListOrAnEmptyEntryIsRefused() {
        assertThatThrownBy(() -> NodeRoles.parse(" ")).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> NodeRoles.parse("api,,worker")).hasMessageContaining("unknown node role ''");
    }
}
