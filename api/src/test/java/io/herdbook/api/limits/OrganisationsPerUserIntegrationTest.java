package io.herdbook.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.api.access.Memberships;
import io.herdbook.api.access.Role;
import io.herdbook.jobs.tracking.TenantStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many organisations a person may belong to: the best figure among their organisations' plans, or their own
 * override; checked in the transaction that would add the membership, and never outside one.
 */
@LimitsTestContext
class OrganisationsPerUserIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired Memberships memberships;
    @Autowired Admission admission;
    @Autowired PlanLimits limits;
    @Autowired TransactionTemplate transaction;

    private long person;

    @BeforeEach
    void aPersonInOneFreeOrganisation() {
        jdbc.execute("TRUNCATE organisations, users CASCADE");
        person = memberships.ensureUser("joiner@herdbook.test");
        memberships.join(tenants.ensureOrganisation("first", "First"), person, Role.OWNER);
    }

    private void admitOne() {
        transaction.executeWithoutResult(status -> admission.requireOrganisationSlot(person));
    }

    @Test
    void aPersonOnTheFreePlanMayNotJoinASecondOrganisationUntilAnOverrideAllowsIt() {
        assertThatThrownBy(this::admitOne).isInstanceOfSatisfying(LimitExceeded.class, e -> {
            assertThat(e.limit()).isEqualTo(LimitName.ORGANISATIONS_PER_USER);
            assertThat(e.value()).isEqualTo(1);
            assertThat(e.getStatusCode().value()).isEqualTo(402);
        });

        limits.overrideForUser(person, 2);

        admitOne();
    }

    @Test
    void aPersonInAStarterOrganisationHasStartersFigure() {
        jdbc.update("UPDATE organisations SET plan = 'starter' WHERE slug = 'first'");

        admitOne();
        assertThat(limits.forUser(person)).isEqualTo(3);
    }

    @Test
    void theCheckRefusesToRunOutsideATransaction() {
        assertThatThrownBy(() -> admission.requireOrganisationSlot(person)).isInstanceOf(IllegalStateException.class);
    }
}
