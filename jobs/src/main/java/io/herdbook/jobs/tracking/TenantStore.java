package io.herdbook.jobs.tracking;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Organisations and projects, found or created by slug (a repeated call is a no-op). */
@Repository
public class TenantStore {

    private final JdbcTemplate jdbc;

    public TenantStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation with this slug, created if missing. @return its id */
    public long ensureOrganisation(String slug, String name) {
        jdbc.update("INSERT INTO organisations (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING", slug, name);
        return organisation(slug).orElseThrow();
    }

    /** The organisation's project with this slug, created if missing. @return its id */
    public long ensureProject(long organisationId, String slug, String name) {
        jdbc.update("""
                INSERT INTO projects (organisation_id, slug, name) VALUES (?, ?, ?)
                ON CONFLICT (organisation_id, slug) DO NOTHING
                """, organisationId, slug, name);
        return jdbc.queryForObject("SELECT id FROM projects WHERE organisation_id = ? AND slug = ?", Long.class, organisationId, slug);
    }

    /** The id of the organisation with this slug. */
    public Optional<Long> organisation(String slug) {
        return jdbc.queryForList("SELECT id FROM organisations WHERE slug = ?", Long.class, slug).stream().findFirst();
    }
}
