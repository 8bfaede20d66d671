package vn.loa.receiver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaLevel;
import vn.loa.audit.AuditTrail;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/**
 * The villages each receiver reaches besides its own, by FM or wire (issue 16 item 5). Administrators record them;
 * everyone who may see the receiver may read them. A served village must be a live village other than the
 * receiver's own; a receiver serves at most {@link #MAX_PER_RECEIVER}.
 */
@ApplicationScoped
public class ServedVillages {

    /** The most villages one receiver may be recorded as serving: a transmitter or a line reaches a few. */
    public static final int MAX_PER_RECEIVER = 32;

    /** A served village as the API and the pages show it. */
    public record Served(long areaId, String village, String commune, String medium) {
    }

    /** One village to serve and how: {@code medium} is {@code FM} or {@code WIRE}. */
    public record Entry(Long areaId, String medium) {
    }

    @Inject
    ReceiverService receivers;

    @Inject
    AreaDirectory areas;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The villages a receiver the user may see serves, by commune and village name. */
    @Transactional
    public List<Served> of(final String receiverId, final String username) {
        receivers.get(receiverId, username);
        return of(receiverId);
    }

    List<Served> of(final String receiverId) {
        return ServedVillage.<ServedVillage>list("receiverId", receiverId).stream().map(this::served)
                .sorted(java.util.Comparator.comparing(Served::commune).thenComparing(Served::village)
                        .thenComparing(Served::areaId))
                .toList();
    }

    /** Replaces the whole list; every entry is checked before anything changes, so a bad one changes nothing. */
    @Transactional
    public List<Served> replace(final String receiverId, final List<Entry> entries, final String actor) {
        final Receiver receiver = receivers.get(receiverId);
        if (entries == null) {
            throw new InvalidInputException("invalid-served-villages", "villages is required / thiếu danh sách làng");
        }
        if (entries.size() > MAX_PER_RECEIVER) {
            throw new InvalidInputException("too-many-served-villages", "a receiver serves at most "
                    + MAX_PER_RECEIVER + " villages besides its own / một loa phục vụ tối đa " + MAX_PER_RECEIVER
                    + " làng ngoài làng của nó");
        }
        final Set<Long> seen = new HashSet<>();
        final List<ServedVillage> rows = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            final Entry e = entries.get(i);
            if (e == null || e.areaId() == null) {
                throw new InvalidInputException("invalid-served-villages", "villages[" + i
                        + "].areaId is required / thiếu mã làng");
            }
            if (!seen.add(e.areaId())) {
                throw new InvalidInputException("duplicate-served-village", "village " + e.areaId()
                        + " is listed twice / làng " + e.areaId() + " có hai lần");
            }
            rows.add(row(receiver, checkedVillage(receiver, e.areaId(), i), medium(e.medium(), i), actor));
        }
        ServedVillage.delete("receiverId", receiverId);
        ServedVillage.getEntityManager().flush();
        rows.forEach(r -> r.persist());
        audit.record(actor, "receiver.served-villages", "receiver", receiverId, AuditTrail.json("villages",
                rows.stream().map(r -> r.areaId + ":" + r.medium).toList().toString()));
        return of(receiverId);
    }

    /** Adds one village (or changes how it is served). */
    @Transactional
    public List<Served> add(final String receiverId, final Long areaId, final String medium, final String actor) {
        final List<Entry> entries = new java.util.ArrayList<>(of(receiverId).stream()
                .filter(s -> !java.util.Objects.equals(s.areaId(), areaId))
                .map(s -> new Entry(s.areaId(), s.medium())).toList());
        entries.add(new Entry(areaId, medium));
        return replace(receiverId, entries, actor);
    }

    /** Removes one village; 404 when the receiver does not serve it. */
    @Transactional
    public List<Served> remove(final String receiverId, final long areaId, final String actor) {
        receivers.get(receiverId);
        if (ServedVillage.delete("receiverId = ?1 and areaId = ?2", receiverId, areaId) == 0) {
            throw new NotFoundException("served village", receiverId + "/" + areaId);
        }
        audit.record(actor, "receiver.served-village-removed", "receiver", receiverId,
                AuditTrail.json("village", areaId));
        return of(receiverId);
    }

    private Area checkedVillage(final Receiver receiver, final long areaId, final int index) {
        final Area area = Area.findById(areaId);
        if (area == null) {
            throw new InvalidInputException("unknown-village", "villages[" + index + "]: no area " + areaId
                    + " / không có khu vực " + areaId);
        }
        if (area.level != AreaLevel.VILLAGE || area.archived) {
            throw new InvalidInputException("not-a-village", "villages[" + index + "]: " + areas.path(areaId)
                    + " is not a live village / không phải thôn, bản đang dùng");
        }
        if (area.id.equals(receiver.areaId)) {
            throw new InvalidInputException("own-village", "villages[" + index + "]: " + areas.path(areaId)
                    + " is the receiver's own village / là làng của chính loa này");
        }
        return area;
    }

    private static ServedVillage.Medium medium(final String text, final int index) {
        try {
            return ServedVillage.Medium.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-medium", "villages[" + index + "].medium must be FM or WIRE"
                    + " / cách phục vụ phải là FM hoặc WIRE");
        }
    }

    private ServedVillage row(final Receiver receiver, final Area village, final ServedVillage.Medium medium,
            final String actor) {
        final ServedVillage s = new ServedVillage();
        s.receiverId = receiver.id;
        s.areaId = village.id;
        s.medium = medium;
        s.createdBy = actor;
        s.createdAt = clock.instant();
        return s;
    }

    private Served served(final ServedVillage s) {
        final Area village = areas.get(s.areaId);
        final String commune = village.parentId == null ? "" : areas.get(village.parentId).name;
        return new Served(s.areaId, village.name, commune, s.medium.name());
    }
}
