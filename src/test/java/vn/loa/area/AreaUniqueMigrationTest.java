package vn.loa.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * V12 on a database where concurrent registrations had already made twin communes and villages: the twins are
 * merged into the oldest (their villages too, then), everything that pointed at a twin follows, and the new unique
 * key refuses a twin from then on. Runs on H2 by default and on PostgreSQL when
 * {@code -Dloa.test.pg-url=jdbc:postgresql://127.0.0.1:5432/test} is given (schema {@code loa_area_unique}, dropped
 * first).
 */
class AreaUniqueMigrationTest {

    private static final String SCHEMA = "loa_area_unique";

    @Test
    void migrate_twinCommunesAndVillages_mergesThemIntoTheOldest() throws SQLException {
        final String pg = System.getProperty("loa.test.pg-url");
        final String url = pg != null ? pg : "jdbc:h2:mem:area-unique;DB_CLOSE_DELAY=-1";
        final String user = pg != null ? System.getProperty("loa.test.pg-user", "postgres") : "sa";
        if (pg != null) {
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                exec(c, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
        final FluentConfiguration config = Flyway.configure().dataSource(url, user, "").locations("db/migration");
        if (pg != null) {
            config.schemas(SCHEMA);
        }
        config.target("11").load().migrate();
        try (Connection c = open(url, user, pg != null)) {
            final String now = "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP";
            exec(c, "INSERT INTO area (id, parent_id, level, name, archived, created_at, updated_at) VALUES "
                    + "(101, NULL, 'PROVINCE', 'Tuyên Quang', FALSE, " + now + "), "
                    + "(102, 101, 'COMMUNE', 'Lũng Cú', FALSE, " + now + "), "
                    + "(103, 101, 'COMMUNE', 'LŨNG CÚ', FALSE, " + now + "), "
                    + "(104, 101, 'COMMUNE', '" + Normalizer.normalize("lũng cú", Normalizer.Form.NFD) + "', TRUE, "
                    + now + "), "
                    + "(105, 101, 'COMMUNE', 'Đồng Văn', FALSE, " + now + "), "
                    + "(106, 102, 'VILLAGE', 'Thèn Ván', FALSE, " + now + "), "
                    + "(107, 103, 'VILLAGE', 'thèn ván', FALSE, " + now + "), "
                    + "(108, 104, 'VILLAGE', 'Lô Lô Chải', FALSE, " + now + "), "
                    + "(109, 105, 'VILLAGE', 'Thèn Ván', FALSE, " + now + ")");
            exec(c, "INSERT INTO receiver (id, name, village, commune, created_at, area_id) VALUES "
                    + "('rx-1', 'a', 'Thèn Ván', 'Lũng Cú', CURRENT_TIMESTAMP, 106), "
                    + "('rx-2', 'b', 'thèn ván', 'LŨNG CÚ', CURRENT_TIMESTAMP, 107), "
                    + "('rx-3', 'c', 'Lô Lô Chải', 'lũng cú', CURRENT_TIMESTAMP, 108), "
                    + "('rx-4', 'd', 'Thèn Ván', 'Đồng Văn', CURRENT_TIMESTAMP, 109)");
            exec(c, "INSERT INTO app_user (username, password_hash, role, created_at, area_id) VALUES "
                    + "('staff', 'x', 'staff', CURRENT_TIMESTAMP, 103)");
        }

        Flyway.configure().configuration(config).target("latest").load().migrate();

        try (Connection c = open(url, user, pg != null)) {
            assertEquals(List.of("101 PROVINCE Tuyên Quang 0", "102 COMMUNE Lũng Cú 101", "105 COMMUNE Đồng Văn 101",
                            "106 VILLAGE Thèn Ván 102", "108 VILLAGE Lô Lô Chải 102", "109 VILLAGE Thèn Ván 105"),
                    strings(c, "SELECT CAST(id AS VARCHAR(20)) || ' ' || level || ' ' || name || ' ' "
                            + "|| CAST(parent_key AS VARCHAR(20)) FROM area ORDER BY id"));
            assertEquals(List.of("open"), strings(c, "SELECT CASE WHEN archived THEN 'archived' ELSE 'open' END FROM area WHERE id = 102"),
                    "open, since a twin was open");
            assertEquals(List.of("rx-1 106 Lũng Cú/Thèn Ván", "rx-2 106 Lũng Cú/Thèn Ván", "rx-3 108 Lũng Cú/Lô Lô Chải",
                    "rx-4 109 Đồng Văn/Thèn Ván"), strings(c, "SELECT id || ' ' || CAST(area_id AS VARCHAR(20)) || ' ' "
                    + "|| commune || '/' || village FROM receiver ORDER BY id"));
            assertEquals(List.of("staff 102"), strings(c, "SELECT username || ' ' || CAST(area_id AS VARCHAR(20)) "
                    + "FROM app_user"));
            assertEquals(List.of("lũng cú"), strings(c, "SELECT name_key FROM area WHERE id = 102"));
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO area (parent_id, level, name, name_key, "
                    + "parent_key, archived, created_at, updated_at) VALUES (101, 'COMMUNE', 'Lũng Cú', 'lũng cú', 101, "
                    + "FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), "a twin is refused by the unique key");
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO area (parent_id, level, name, name_key, "
                    + "parent_key, archived, created_at, updated_at) VALUES (NULL, 'PROVINCE', 'TUYÊN QUANG', "
                    + "'tuyên quang', 0, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), "provinces too");
        }
    }

    private static Connection open(final String url, final String user, final boolean pg) throws SQLException {
        final Connection c = DriverManager.getConnection(url, user, "");
        if (pg) {
            exec(c, "SET search_path TO " + SCHEMA);
        }
        return c;
    }

    private static void exec(final Connection c, final String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(final Connection c, final String sql) throws SQLException {
        final List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
