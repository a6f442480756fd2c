package io.herdbook.jobs.payouts;

import io.herdbook.jobs.tracking.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creators' payout methods, within one organisation. A creator has at most one default method in use (a
 * partial unique index): making one the default takes it from the other in the same transaction.
 */
@Repository
public class PayoutMethodStore {

    private static final String SELECT = "SELECT id, creator_id, kind, details, is_default, archived_at, created_at FROM payout_methods";

    private final JdbcTemplate jdbc;

    public PayoutMethodStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new method of the organisation's creator (checked by the caller).
     *
     * @param isDefault null: the default if the creator has no default method in use yet
     */
    @Transactional
    public PayoutMethod create(long organisation, long creator, PayoutMethodKind kind, String details, Boolean isDefault) {
        boolean makeDefault = isDefault != null ? isDefault : !hasDefault(organisation, creator);
        if (makeDefault) {
            clearDefault(organisation, creator);
        }
        long id = oneDefault(() -> jdbc.queryForObject("""
                INSERT INTO payout_methods (organisation_id, creator_id, kind, details, is_default) VALUES (?, ?, ?, ?, ?) RETURNING id""",
                Long.class, organisation, creator, kind.name(), details, makeDefault));
        return find(organisation, id).orElseThrow();
    }

    /** Up to {@code limit} of the creator's methods with id greater than {@code afterId}, in id order. */
    public List<PayoutMethod> list(long organisation, long creator, boolean archivedToo, long afterId, int limit) {
        String archived = archivedToo ? "" : " AND archived_at IS NULL";
        return jdbc.query(SELECT + " WHERE organisation_id = ? AND creator_id = ? AND id > ?" + archived + " ORDER BY id LIMIT ?",
                PayoutMethodStore::method, organisation, creator, afterId, limit);
    }

    public Optional<PayoutMethod> find(long organisation, long id) {
        return jdbc.query(SELECT + " WHERE organisation_id = ? AND id = ?", PayoutMethodStore::method, organisation, id).stream().findFirst();
    }

    /** The creator's default method in use, if it has one. */
    public Optional<PayoutMethod> defaultOf(long organisation, long creator) {
        return jdbc.query(SELECT + " WHERE organisation_id = ? AND creator_id = ? AND is_default AND archived_at IS NULL",
                PayoutMethodStore::method, organisation, creator).stream().findFirst();
    }

    /**
     * Changes a method in use; null leaves a field as it is. {@code isDefault} true takes the default from the
     * creator's other method; false leaves the creator without one.
     *
     * @throws PayoutRefusedException CONFLICT when the method is archived
     */
    @Transactional
    public PayoutMethod update(long organisation, PayoutMethod method, PayoutMethodKind kind, String details, Boolean isDefault) {
        if (method.archivedAt() != null) {
            throw PayoutRefusedException.conflict("payout method " + method.id() + " is archived; add a new one");
        }
        if (Boolean.TRUE.equals(isDefault)) {
            clearDefault(organisation, method.creatorId());
        }
        oneDefault(() -> (long) jdbc.update("""
                UPDATE payout_methods SET kind = coalesce(?, kind), details = coalesce(?, details), is_default = coalesce(?, is_default)
                 WHERE organisation_id = ? AND id = ?""", kind == null ? null : kind.name(), details, isDefault, organisation, method.id()));
        return find(organisation, method.id()).orElseThrow();
    }

    /** Archives the method at {@code at}: no longer listed or the default; payments keep naming it. An archived one stays as it was. */
    public Optional<PayoutMethod> archive(long organisation, long id, Instant at) {
        jdbc.update("UPDATE payout_methods SET archived_at = ?, is_default = false WHERE organisation_id = ? AND id = ? AND archived_at IS NULL",
                Sql.utc(at), organisation, id);
        return find(organisation, id);
    }

    private boolean hasDefault(long organisation, long creator) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM payout_methods
                                WHERE organisation_id = ? AND creator_id = ? AND is_default AND archived_at IS NULL)""",
                Boolean.class, organisation, creator));
    }

    private void clearDefault(long organisation, long creator) {
        jdbc.update("UPDATE payout_methods SET is_default = false WHERE organisation_id = ? AND creator_id = ? AND is_default AND archived_at IS NULL",
                organisation, creator);
    }

    /** Two requests making a default for the same creator at once: the index refuses the second, which may try again. */
    private static long oneDefault(LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException e) {
            throw PayoutRefusedException.conflict("another request changed this creator's default payout method at the same time; try again");
        }
    }

    private static PayoutMethod method(ResultSet rs, int row) throws SQLException {
        return new PayoutMethod(rs.getLong("id"), rs.getLong("creator_id"), PayoutMethodKind.valueOf(rs.getString("kind")),
                rs.getString("details"), rs.getBoolean("is_default"), Sql.instant(rs, "archived_at"), Sql.instant(rs, "created_at"));
    }
}
