package io.herdbook.api.demo;

import io.herdbook.jobs.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JDBC reads of a test database, for tests that run the CLI rather than a Spring context. */
final class TestSql {

    private final TestDatabase.Connection db;

    TestSql(TestDatabase.Connection db) {
        this.db = db;
    }

    long count(String sql, Object... args) {
        return ((Number) rows(sql, args).getFirst().values().iterator().next()).longValue();
    }

    List<Map<String, Object>> rows(String sql, Object... args) {
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                        row.put(rs.getMetaData().getColumnLabel(col), rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
