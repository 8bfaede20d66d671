package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;
import vn.loa.area.AreaKey;

/**
 * Area names unique among siblings in the schema (issue 14): {@code area.name_key} ({@link AreaKey#of}, computed here
 * in Java because PostgreSQL's {@code LOWER()} follows the database locale) and {@code area.parent_key} (the parent
 * id, 0 for a province, since SQL lets NULLs repeat) with one unique index on both.
 *
 * <p>Duplicates that concurrent registrations made before this version are merged, top down (provinces, communes,
 * villages), so that the villages of two merged communes can merge in turn: the oldest area (lowest id) stays, every
 * row that points at a newer twin (found through the database's foreign keys to {@code area}, so tables added later
 * by other features follow too) is moved to it, and the twin is deleted. The survivor stays open if any twin was,
 * and takes a twin's code when it had none. Receivers' village and commune display names are refreshed. Each merge
 * is logged. Java, not SQL, so the keys are the application's own; it uses only portable SQL on H2 and PostgreSQL.
 */
public class V12__area_unique_names extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V12__area_unique_names.class);

    private static final List<String> LEVELS_TOP_DOWN = List.of("PROVINCE", "COMMUNE", "VILLAGE");

    @Override
    public void migrate(final Context context) throws Exception {
        final Connection c = context.getConnection();
        exec(c, "ALTER TABLE area ADD COLUMN name_key VARCHAR(" + AreaKey.MAX + ")");
        exec(c, "ALTER TABLE area ADD COLUMN parent_key BIGINT");
        final List<Reference> references = references(c);
        int merged = 0;
        for (final String level : LEVELS_TOP_DOWN) {
            merged += mergeTwins(c, level, references);
        }
        fillKeys(c);
        exec(c, "ALTER TABLE area ALTER COLUMN name_key SET NOT NULL");
        exec(c, "ALTER TABLE area ALTER COLUMN parent_key SET NOT NULL");
        exec(c, "CREATE UNIQUE INDEX area_sibling_name_uq ON area (parent_key, name_key)");
        if (merged > 0) {
            exec(c, "UPDATE receiver SET village = (SELECT v.name FROM area v WHERE v.id = receiver.area_id), "
                    + "commune = (SELECT p.name FROM area v JOIN area p ON p.id = v.parent_id WHERE v.id = receiver.area_id)");
            LOG.warnf("V12: merged %d duplicate area(s) into their older twins (same parent, same name ignoring case)",
                    merged);
        }
    }

    /** Merges the areas of one level that share parent and key; returns how many were merged away. */
    private static int mergeTwins(final Connection c, final String level, final List<Reference> references)
            throws SQLException {
        final Map<String, List<Row>> groups = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, parent_id, name, code, archived FROM area WHERE level = ? ORDER BY id")) {
            s.setString(1, level);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    final long parent = rs.getLong(2);
                    final Row row = new Row(rs.getLong(1), rs.wasNull() ? null : parent, rs.getString(3),
                            rs.getString(4), rs.getBoolean(5));
                    groups.computeIfAbsent(AreaKey.parentKey(row.parentId) + "/" + AreaKey.of(row.name),
                            k -> new ArrayList<>()).add(row);
                }
            }
        }
        int merged = 0;
        for (final List<Row> twins : groups.values()) {
            if (twins.size() < 2) {
                continue;
            }
            final Row keep = twins.get(0);
            boolean archived = keep.archived;
            String code = keep.code;
            for (final Row twin : twins.subList(1, twins.size())) {
                for (final Reference ref : references) {
                    try (PreparedStatement u = c.prepareStatement(
                            "UPDATE " + ref.table + " SET " + ref.column + " = ? WHERE " + ref.column + " = ?")) {
                        u.setLong(1, keep.id);
                        u.setLong(2, twin.id);
                        u.executeUpdate();
                    }
                }
                archived = archived && twin.archived;
                code = code != null ? code : twin.code;
                try (PreparedStatement d = c.prepareStatement("DELETE FROM area WHERE id = ?")) {
                    d.setLong(1, twin.id);
                    d.executeUpdate();
                }
                LOG.warnf("V12: %s %d '%s' merged into %d '%s'", level.toLowerCase(Locale.ROOT), twin.id, twin.name,
                        keep.id, keep.name);
                merged++;
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE area SET archived = ?, code = ? WHERE id = ?")) {
                u.setBoolean(1, archived);
                u.setString(2, code);
                u.setLong(3, keep.id);
                u.executeUpdate();
            }
        }
        return merged;
    }

    private static void fillKeys(final Connection c) throws SQLException {
        final Map<Long, Row> rows = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, parent_id, name FROM area")) {
            while (rs.next()) {
                final long parent = rs.getLong(2);
                rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.wasNull() ? null : parent, rs.getString(3), null,
                        false));
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE area SET name_key = ?, parent_key = ? WHERE id = ?")) {
            for (final Row row : rows.values()) {
                u.setString(1, AreaKey.of(row.name));
                u.setLong(2, AreaKey.parentKey(row.parentId));
                u.setLong(3, row.id);
                u.addBatch();
            }
            u.executeBatch();
        }
    }

    /** Every column that references {@code area.id}, as the database's metadata tells (H2 upper case, PG lower). */
    private static List<Reference> references(final Connection c) throws SQLException {
        final DatabaseMetaData meta = c.getMetaData();
        final List<Reference> out = new ArrayList<>();
        for (final String table : List.of("area", "AREA")) {
            try (ResultSet rs = meta.getExportedKeys(c.getCatalog(), c.getSchema(), table)) {
                while (rs.next()) {
                    out.add(new Reference(rs.getString("FKTABLE_NAME"), rs.getString("FKCOLUMN_NAME")));
                }
            }
        }
        if (out.stream().noneMatch(r -> r.table.equalsIgnoreCase("receiver"))) {
            throw new IllegalStateException("V12: the foreign keys to area were not found in schema " + c.getSchema());
        }
        return out.stream().distinct().toList();
    }

    private static void exec(final Connection c, final String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private record Row(long id, Long parentId, String name, String code, boolean archived) {
    }

    private record Reference(String table, String column) {
    }
}
