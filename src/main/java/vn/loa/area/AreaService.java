package vn.loa.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;

/**
 * Changing the area tree (administrators): create, rename, move, archive, delete. A rename or move never orphans a
 * receiver or its history: receivers keep their village's and commune's names as display columns, updated here in
 * the same transaction; an area still in use cannot be deleted, only archived or emptied first.
 */
@ApplicationScoped
public class AreaService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AreaDirectory directory;

    @Inject
    vn.loa.audit.AuditTrail audit;

    @Inject
    AreaInserts inserts;

    @Transactional
    public Area create(final AreaRequest r) {
        if (r.level() == null) {
            throw new InvalidInputException("invalid-area-level", "level must be PROVINCE, COMMUNE or VILLAGE");
        }
        final AreaLevel level = AreaLevel.parse(r.level());
        final String name = AreaRules.name(r.name());
        final Area parent = r.parentId() == null ? null : openParent(r.parentId());
        AreaRules.requireNesting(level, parent == null ? null : parent.level);
        requireUniqueName(parent == null ? null : parent.id, name, null);
        final Area created = persist(parent == null ? null : parent.id, level, name, blankToNull(r.code()));
        flushUnique(name);
        if (r.adminCode() != null || r.capPolicy() != null) {
            capFields(created, r);
            audit.record(audit.currentActor(), "area.changed", "area", String.valueOf(created.id),
                    vn.loa.audit.AuditTrail.json("adminCode", created.adminCode, "capPolicy", created.capPolicy));
        }
        return created;
    }

    /** Renames and/or moves an area (a new parent of the same level as the old one), and updates the receivers. */
    @Transactional
    public Area update(final long id, final AreaRequest r) {
        final Area area = directory.get(id);
        if (r.level() != null && AreaLevel.parse(r.level()) != area.level) {
            throw new InvalidInputException("area-level-fixed",
                    "the level of an area cannot change; create a new area and move its children");
        }
        final String name = AreaRules.name(r.name());
        final Long parentId = area.level == AreaLevel.PROVINCE ? null : r.parentId() == null ? area.parentId : r.parentId();
        if (area.level == AreaLevel.PROVINCE && r.parentId() != null) {
            AreaRules.requireNesting(area.level, directory.get(r.parentId()).level);
        }
        if (parentId != null && !parentId.equals(area.parentId)) {
            AreaRules.requireNesting(area.level, openParent(parentId).level);
        }
        requireUniqueName(parentId, name, area.id);
        area.name = name;
        area.parentId = parentId;
        if (r.code() != null) {
            area.code = blankToNull(r.code());
        }
        capFields(area, r);
        area.updatedAt = clock.instant();
        flushUnique(name);
        refreshReceiverNames(area);
        audit.record(audit.currentActor(), "area.changed", "area", String.valueOf(id), vn.loa.audit.AuditTrail.json(
                "name", name, "parentId", parentId, "code", area.code, "adminCode", area.adminCode,
                "capPolicy", area.capPolicy));
        return area;
    }

    /**
     * Sets an area's own quiet hours ({@code HH:MM}, local time), or removes them when both ends are null or blank
     * (the area inherits its parent's window again). Nothing is saved when the window is refused.
     *
     * @throws InvalidInputException {@code invalid-quiet-hours} (bad time, one end missing) or
     *                               {@code quiet-hours-whole-day} (from equals to)
     */
    @Transactional
    public Area setQuietHours(final long id, final String from, final String to) {
        final Area area = directory.get(id);
        final boolean clear = (from == null || from.isBlank()) && (to == null || to.isBlank());
        final QuietHours window = clear ? null : QuietHours.of(from == null ? null : from.strip(),
                to == null ? null : to.strip());
        area.quietFrom = window == null ? null : window.fromText();
        area.quietTo = window == null ? null : window.toText();
        area.updatedAt = clock.instant();
        audit.record(audit.currentActor(), "area.quiet-hours", "area", String.valueOf(id),
                vn.loa.audit.AuditTrail.json("from", area.quietFrom, "to", area.quietTo));
        return area;
    }

    /** Archives an area and everything below it: history stays readable, nothing new is placed there. */
    @Transactional
    public Area archive(final long id) {
        final Area area = directory.get(id);
        final Instant now = clock.instant();
        for (Area a : directory.subtree(id)) {
            if (!a.archived) {
                a.archived = true;
                a.updatedAt = now;
            }
        }
        audit.record(audit.currentActor(), "area.archived", "area", String.valueOf(id), null);
        return area;
    }

    /** Deletes an unused area; anything still placed in it (children, receivers, users, bulletins) refuses. */
    @Transactional
    public void delete(final long id) {
        final Area area = directory.get(id);
        requireUnused(area, "children", "select count(a) from Area a where a.parentId = :id");
        requireUnused(area, "receivers", "select count(r) from Receiver r where r.areaId = :id");
        requireUnused(area, "users", "select count(u) from UserAccount u where u.areaId = :id");
        requireUnused(area, "bulletins (and their broadcasts)", "select count(b) from Bulletin b where b.areaId = :id");
        area.delete();
        audit.record(audit.currentActor(), "area.deleted", "area", String.valueOf(id),
                vn.loa.audit.AuditTrail.json("name", area.name, "level", area.level));
    }

    /**
     * The village named {@code village} in the commune named {@code commune}, created when missing: registration
     * by names, as before areas existed. A new commune goes into the only province; with several provinces, or a
     * commune name found in several, the caller must give an area id instead. Race-free: a missing commune or
     * village is inserted in a transaction of its own, and when a concurrent registration inserted it first (the
     * unique key on parent and name), that one is read and used. So a created area stays even if the caller's
     * registration fails afterwards. Call it before the caller's transaction records anything to the audit trail:
     * the inner transaction records too, and would wait for the audit head the outer one holds.
     */
    @Transactional
    public Area villageByNames(final String commune, final String village) {
        final String communeName = AreaRules.name(commune);
        final String villageName = AreaRules.name(village);
        final List<Area> communes = Area.<Area>list("level = ?1 and archived = false", AreaLevel.COMMUNE).stream()
                .filter(a -> AreaRules.key(a.name).equals(AreaRules.key(communeName))).toList();
        if (communes.size() > 1) {
            throw new InvalidInputException("ambiguous-area",
                    "there are " + communes.size() + " communes named " + communeName + "; give areaId instead");
        }
        final Area c = communes.isEmpty() ? findOrCreate(onlyProvince(communeName).id, AreaLevel.COMMUNE, communeName)
                : communes.get(0);
        return findOrCreate(c.id, AreaLevel.VILLAGE, villageName);
    }

    /**
     * For a bulk import, in the caller's transaction (so that a refused import leaves no area behind): the village
     * named {@code village} in the open commune named {@code commune}, created when missing. Unlike
     * {@link #villageByNames} it never creates a commune: an import names communes that exist.
     *
     * @throws InvalidInputException {@code unknown-commune}, {@code ambiguous-area} or {@code invalid-area-name}
     * @throws ConflictException     {@code area-archived} when the village is archived
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Area villageForImport(final String commune, final String village) {
        final String communeName = AreaRules.name(commune);
        final String villageName = AreaRules.name(village);
        final List<Area> communes = Area.<Area>list("level = ?1 and archived = false and nameKey = ?2",
                AreaLevel.COMMUNE, AreaRules.key(communeName));
        if (communes.isEmpty()) {
            throw new InvalidInputException("unknown-commune", "there is no commune named " + communeName
                    + " / không có xã " + communeName);
        }
        if (communes.size() > 1) {
            throw new InvalidInputException("ambiguous-area",
                    "there are " + communes.size() + " communes named " + communeName + " / có nhiều xã cùng tên");
        }
        final Area c = communes.get(0);
        final Area found = Area.<Area>find("parentKey = ?1 and nameKey = ?2", c.id, AreaKey.of(villageName))
                .firstResult();
        if (found != null) {
            if (found.archived) {
                throw new ConflictException("area-archived",
                        "area " + found.id + " (" + found.name + ") is archived / đã lưu trữ");
            }
            return found;
        }
        final Area created = inserts.persist(c.id, AreaLevel.VILLAGE, villageName, null);
        flushUnique(villageName);
        return created;
    }

    /** Tries of {@link #findOrCreate}: a lost race costs one more read, so a few are plenty. */
    private static final int CREATE_ATTEMPTS = 20;

    private Area findOrCreate(final long parentId, final AreaLevel level, final String name) {
        for (int attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
            final Area found = Area.<Area>find("parentKey = ?1 and nameKey = ?2", parentId, AreaKey.of(name))
                    .firstResult();
            if (found != null) {
                if (found.archived) {
                    throw new ConflictException("area-archived",
                            "area " + found.id + " (" + found.name + ") is archived / đã lưu trữ");
                }
                return found;
            }
            try {
                return Area.findById(inserts.insertAlone(parentId, level, name));
            } catch (RuntimeException e) {
                if (!AreaInserts.lostRace(e)) {
                    throw e;
                }
                waitBeforeRetry(attempt);
            }
        }
        throw new ConflictException("area-busy", "area " + name + " is being created by someone else; try again");
    }

    /** The winner's transaction may still be committing: wait a little (attempt × 10 ms) before reading again. */
    private static void waitBeforeRetry(final int attempt) {
        try {
            Thread.sleep(10L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating an area", e);
        }
    }

    /** An open (not archived) area to place something in; for callers outside this package. */
    @Transactional
    public Area open(final long id) {
        final Area a = directory.get(id);
        if (a.archived) {
            throw new ConflictException("area-archived", "area " + id + " (" + a.name + ") is archived / đã lưu trữ");
        }
        return a;
    }

    private Area onlyProvince(final String communeName) {
        final List<Area> provinces = Area.list("level = ?1 and archived = false", AreaLevel.PROVINCE);
        if (provinces.size() != 1) {
            throw new InvalidInputException("ambiguous-area", "commune " + communeName + " is not known and there are "
                    + provinces.size() + " provinces to put it in; create it, then give areaId");
        }
        return provinces.get(0);
    }

    private Area openParent(final long parentId) {
        try {
            return open(parentId);
        } catch (vn.loa.error.NotFoundException e) {
            throw new InvalidInputException("unknown-area", "parent area " + parentId + " does not exist");
        }
    }

    private void requireUniqueName(final Long parentId, final String name, final Long selfId) {
        final List<AreaTree.Node> siblings = directory.tree().all().stream()
                .filter(n -> java.util.Objects.equals(n.parentId(), parentId)).toList();
        AreaRules.clash(siblings, name, selfId).ifPresent(n -> {
            throw new ConflictException("area-exists", "area " + n.id() + " (" + n.name() + ") already has this name "
                    + "at this place / tên này đã có");
        });
    }

    /**
     * Flushes now, so that a twin that a concurrent request committed after {@link #requireUniqueName} looked is
     * refused by the unique key as {@code area-exists} (409), like the ones it sees, not as a server error.
     */
    private void flushUnique(final String name) {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (AreaInserts.lostRace(e)) {
                throw new ConflictException("area-exists", "an area named " + name + " was just created at this "
                        + "place / tên này vừa được tạo");
            }
            throw e;
        }
    }

    private void requireUnused(final Area area, final String what, final String jpql) {
        final long n = em.createQuery(jpql, Long.class).setParameter("id", area.id).getSingleResult();
        if (n > 0) {
            throw new ConflictException("area-in-use", "area " + area.id + " (" + area.name + ") still has " + n + " "
                    + what + "; archive it, or move them first / khu vực còn được dùng: hãy lưu trữ hoặc chuyển đi");
        }
    }

    /** Receivers show their village's and commune's names: keep those columns true after a rename or move. */
    private void refreshReceiverNames(final Area area) {
        if (area.level == AreaLevel.VILLAGE) {
            final Area commune = directory.get(area.parentId);
            em.createQuery("update Receiver r set r.village = :v, r.commune = :c where r.areaId = :id")
                    .setParameter("v", area.name).setParameter("c", commune.name).setParameter("id", area.id)
                    .executeUpdate();
        } else if (area.level == AreaLevel.COMMUNE) {
            final Set<Long> villages = directory.subtreeIds(area.id);
            em.createQuery("update Receiver r set r.commune = :c where r.areaId in :ids")
                    .setParameter("c", area.name).setParameter("ids", villages).executeUpdate();
        }
    }

    private Area persist(final Long parentId, final AreaLevel level, final String name, final String code) {
        return inserts.persist(parentId, level, name, code);
    }

    /** The CAP fields (V18): a unique administrative unit code and the alert policy; null keeps what is there. */
    private static void capFields(final Area area, final AreaRequest r) {
        if (r.adminCode() != null) {
            final String adminCode = blankToNull(r.adminCode());
            if (adminCode != null && Area.count("adminCode = ?1 and id <> ?2", adminCode, area.id) > 0) {
                throw new ConflictException("admin-code-taken", "another area has the administrative unit code "
                        + adminCode + " / mã đơn vị hành chính " + adminCode + " đã thuộc khu vực khác");
            }
            area.adminCode = adminCode;
        }
        if (r.capPolicy() != null) {
            area.capPolicy = r.capPolicy().strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    private static String blankToNull(final String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
