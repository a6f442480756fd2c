package io.herdbook.api.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of every table that holds what the API can change, so a test can say "this request changed
 * nothing". Left out: the engines' own tables (Quartz, JobRunr and Spring Batch change them by themselves), and
 * the bookkeeping every request may touch (a key's last use, the day's request counter).
 */
public final class TableDigest {

    private static final List<String> VOLATILE_PREFIXES = List.of("qrtz_", "jobrunr_", "batch_", "flyway_");
    private static final List<String> BOOKKEEPING = List.of("api_keys", "usage_counters");

    private TableDigest() {
    }

    /** Table name → md5 of its rows in a stable order. */
    public static Map<String, String> of(JdbcTemplate jdbc) {
        Map<String, String> digest = new LinkedHashMap<>();
        List<String> tables = jdbc.queryForList("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname""", String.class);
        for (String table : tables) {
            if (VOLATILE_PREFIXES.stream().anyMatch(table::startsWith) || BOOKKEEPING.contains(table)) {
                continue;
            }
            digest.put(table, jdbc.queryForObject("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM "
                    + table + " t", String.class));
        }
        return digest;
    }
}
