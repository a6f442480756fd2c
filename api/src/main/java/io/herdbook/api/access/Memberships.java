package io.herdbook.api.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** People and their roles in organisations ({@code users}, {@code memberships}). */
@Component
public class Memberships {

    private final JdbcTemplate jdbc;

    public Memberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person with this e-mail address (compared in lower case), created if new. */
    public long ensureUser(String email) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        jdbc.update("INSERT INTO users (email) VALUES (?) ON CONFLICT (email) DO NOTHING", address);
        return jdbc.queryForObject("SELECT id FROM users WHERE email = ?", Long.class, address);
    }

    /** Marks a person as a platform operator: only the server's CLI does this, never the API. */
    public void makePlatformAdmin(long userId) {
        jdbc.update("UPDATE users SET platform_admin = true WHERE id = ?", userId);
    }

    /** Adds a person to an organisation with a role; an existing membership keeps its role. */
    public void join(long organisationId, long userId, Role role) {
        jdbc.update("INSERT INTO memberships (organisation_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                organisationId, userId, role.word());
    }

    public Optional<Role> role(long organisationId, long userId) {
        List<String> roles = jdbc.queryForList("SELECT role FROM memberships WHERE organisation_id = ? AND user_id = ?",
                String.class, organisationId, userId);
        return roles.stream().findFirst().flatMap(Role::ofWord);
    }
}
