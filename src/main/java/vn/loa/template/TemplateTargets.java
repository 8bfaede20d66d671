package vn.loa.template;

import java.util.List;
import java.util.Set;
import vn.loa.area.Area;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.InvalidInputException;
import vn.loa.receiver.Receiver;

/**
 * Checks a send's targets before anything is made: each must exist, lie in the template's area (where it may be
 * used) and in the sender's (AreaGuard). {@code BroadcastService} checks the sender's area again when it schedules;
 * checking first means a refused send leaves no bulletin behind. Call inside a transaction.
 */
final class TemplateTargets {

    private TemplateTargets() {
    }

    /**
     * @param templateArea the template's area and everything below it
     */
    static void check(final BroadcastRequest.Targets t, final Set<Long> templateArea, final AreaScope sender,
            final String by, final long templateId, final java.util.function.LongFunction<Set<Long>> subtree) {
        if (empty(t.receivers()) && empty(t.communes()) && empty(t.villages()) && empty(t.areas())) {
            throw new InvalidInputException("no-targets", "targets must name receivers, communes, villages or areas");
        }
        if (t.receivers() != null) {
            for (String id : t.receivers()) {
                final Receiver r = Receiver.findById(id);
                if (r == null) {
                    throw new InvalidInputException("unknown-receiver", "receiver " + id + " is not registered");
                }
                require(r.areaId, templateArea, sender, by, templateId, "receiver " + id);
            }
        }
        if (t.areas() != null) {
            for (Long areaId : t.areas()) {
                if (Area.findById(areaId) == null) {
                    throw new InvalidInputException("unknown-area", "area " + areaId + " does not exist");
                }
                require(areaId, templateArea, sender, by, templateId, "area " + areaId);
                if (Receiver.count("areaId in ?1", subtree.apply(areaId)) == 0) {
                    throw new InvalidInputException("no-receivers-in-area",
                            "no receiver is registered in area " + areaId);
                }
            }
        }
        if (t.communes() != null) {
            for (String commune : t.communes()) {
                inAll(Receiver.list("commune", commune), "unknown-commune", "commune " + commune, templateArea,
                        sender, by, templateId);
            }
        }
        if (t.villages() != null) {
            for (BroadcastRequest.Village v : t.villages()) {
                inAll(Receiver.list("commune = ?1 and village = ?2", v.commune(), v.village()), "unknown-village",
                        "village " + v.village() + ", commune " + v.commune(), templateArea, sender, by, templateId);
            }
        }
    }

    private static void inAll(final List<Receiver> found, final String unknown, final String what,
            final Set<Long> templateArea, final AreaScope sender, final String by, final long templateId) {
        if (found.isEmpty()) {
            throw new InvalidInputException(unknown, "no receiver is registered in " + what);
        }
        for (Receiver r : found) {
            require(r.areaId, templateArea, sender, by, templateId, what);
        }
    }

    private static void require(final Long areaId, final Set<Long> templateArea, final AreaScope sender,
            final String by, final long templateId, final String what) {
        if (!sender.contains(areaId)) {
            throw AreaGuard.outside(by, what);
        }
        if (!templateArea.contains(areaId)) {
            throw new ForbiddenActionException("outside-template-area",
                    what + " is outside the area of template " + templateId + ", where it may be used");
        }
    }

    private static boolean empty(final List<?> l) {
        return l == null || l.isEmpty();
    }
}
