package io.herdbook.api.access;

import io.herdbook.jobs.tracking.TenantStore;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keys for tests, issued through the same {@link ApiKeys} the CLI uses: a test calls the API as a real client
 * does, with {@code Authorization: Bearer <key>}.
 */
public final class TestKeys {

    /** The request header a key travels in. */
    public static final String HEADER = "Authorization";
    /** Who holds the keys {@link #owner} issues: the organisation's owner and a platform admin. */
    public static final String OWNER = "owner@herdbook.test";
    /** Who holds the keys {@link #scoped} issues: an owner of the organisation, not a platform admin. */
    public static final String MEMBER = "member@herdbook.test";

    private TestKeys() {
    }

    /**
     * A new key with every scope for the owner of {@code organisation} (made if missing and put on the Ultra plan), as a
     * header value.
     */
    public static String owner(ApplicationContext context, String organisation) {
        return bearer(context, organisation, OWNER, EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN), true);
    }

    /**
     * A new key of just these scopes (some of read, write, admin) for {@value #MEMBER} in {@code organisation}
     * (made if missing), who is no platform admin, as a header value.
     */
    public static String scoped(ApplicationContext context, String organisation, Scope first, Scope... more) {
        return bearer(context, organisation, MEMBER, EnumSet.of(first, more), false);
    }

    /** A new key of these scopes for {@code email}, an owner of {@code organisation}, as a header value. */
    public static String bearer(ApplicationContext context, String organisation, String email, Set<Scope> scopes, boolean platformAdmin) {
        long organisationId = context.getBean(TenantStore.class).ensureOrganisation(organisation, organisation);
        // Test suites send hundreds of requests per organisation: on Ultra they never meet a plan limit by accident.
        // A test of the limits sets the plan or an override after making its keys.
        context.getBean(JdbcTemplate.class).update("UPDATE organisations SET plan = 'ultra' WHERE id = ?", organisationId);
        return "Bearer " + context.getBean(ApiKeys.class).bootstrap(organisationId, email, "test", scopes, platformAdmin).secret();
    }
}
