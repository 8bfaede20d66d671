package vn.loa.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V7 on a database that already holds receivers, users and bulletins: every receiver lands in a village named by
 * its strings, under one placeholder province; users and bulletins get that province. Runs on H2 by default and on
 * PostgreSQL when {@code -Dloa.test.pg-url=jdbc:postgresql://127.0.0.1:5432/test} is given (schema
 * {@code loa_areas_migration}, dropped first).
 */
class AreaMigrationTest {

    private static final String SCHEMA = "loa_areas_migration";

    @Test
    void migrate_existingReceivers_placesEachInItsVillage() throws SQLException {
        final String pg = System.getProperty("loa.test.pg-url");
        final String url = pg != null ? pg : "jdbc:h2:mem:area-migration;DB_CLOSE_DELAY=-1";
        final String user = pg != null ? System.getProperty("loa.test.pg-user", "postgres") : "sa";
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            if (pg != null) {
                exec(c, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
        final var config = Flyway.configure().dataSource(url, user, "").locations("db/migration");
        if (pg != null) {
            config.schemas(SCHEMA);
        }
        config.target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            if (pg != null) {
                exec(c, "SET search_path TO " + SCHEMA);
            }
            exec(c, "INSERT INTO app_user (username, password_hash, role, created_at) VALUES "
                    + "('admin', 'x', 'admin', CURRENT_TIMESTAMP), ('staff', 'x', 'staff', CURRENT_TIMESTAMP)");
            exec(c, "INSERT INTO receiver (id, name, village, commune, created_at) VALUES "
                    + "('rx-1', 'a', 'Lô Lô Chải', 'Lũng Cú', CURRENT_TIMESTAMP), "
                    + "('rx-2', 'b', 'Thèn Ván', 'Lũng Cú', CURRENT_TIMESTAMP), "
                    + "('rx-3', 'c', 'Lô Lô Chải', 'Lũng Cú', CURRENT_TIMESTAMP), "
                    + "('rx-4', 'd', 'Thèn Ván', 'Đồng Văn', CURRENT_TIMESTAMP)");
            exec(c, "INSERT INTO bulletin (title, body, language, priority, state, author, created_at, updated_at) "
                    + "VALUES ('t', 'x', 'vi', 'ROUTINE', 'DRAFT', 'staff', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        Flyway.configure().configuration(config).target("latest").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            if (pg != null) {
                exec(c, "SET search_path TO " + SCHEMA);
            }
            assertEquals(List.of("PROVINCE Tỉnh chưa đặt tên", "COMMUNE Lũng Cú", "COMMUNE Đồng Văn"),
                    strings(c, "SELECT level || ' ' || name FROM area WHERE level <> 'VILLAGE' ORDER BY id"));
            assertEquals(List.of("rx-1 Lũng Cú/Lô Lô Chải", "rx-2 Lũng Cú/Thèn Ván", "rx-3 Lũng Cú/Lô Lô Chải",
                    "rx-4 Đồng Văn/Thèn Ván"), strings(c, "SELECT r.id || ' ' || c.name || '/' || v.name FROM receiver r "
                    + "JOIN area v ON v.id = r.area_id JOIN area c ON c.id = v.parent_id ORDER BY r.id"));
            assertEquals(List.of("3"), strings(c, "SELECT CAST(COUNT(*) AS VARCHAR(10)) FROM area WHERE level = 'VILLAGE'"));
            assertEquals(List.of("staff PROVINCE"), strings(c, "SELECT u.username || ' ' || a.level FROM app_user u "
                    + "JOIN area a ON a.id = u.area_id"));
            assertNull(strings(c, "SELECT CAST(area_id AS VARCHAR(20)) FROM app_user WHERE role = 'admin'").get(0));
            assertEquals(List.of("PROVINCE"), strings(c, "SELECT a.level FROM bulletin b JOIN area a ON a.id = b.area_id"));
            assertThrows(SQLException.class, () -> exec(c, "INSERT INTO receiver (id, name, village, commune, "
                    + "created_at) VALUES ('rx-5', 'e', 'v', 'c', CURRENT_TIMESTAMP)"), "area_id is NOT NULL");
        }
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
