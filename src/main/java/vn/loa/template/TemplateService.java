package vn.loa.template;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.area.AreaService;
import vn.loa.audio.SpeechVoices;
import vn.loa.audit.AuditTrail;
import vn.loa.bulletin.Priority;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/**
 * Writing, submitting, deciding on and archiving emergency templates. Who sees a template: anyone whose area holds
 * it, and anyone whose area lies within the template's (a province's template serves its communes). Who changes or
 * decides on one: people whose area holds it, by the same role rules as bulletins. Sending is {@link TemplateSends}.
 */
@ApplicationScoped
public class TemplateService {

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory directory;

    @Inject
    AreaService areas;

    @Transactional
    public EmergencyTemplate create(final String author, final TemplateRequest r) {
        final TemplateContent content = check(r);
        final long areaId = area(author, r.areaId() != null ? r.areaId() : guard.areaOf(author).orElseThrow(() ->
                new InvalidInputException("area-required", "give areaId: the area this template may be used in")));
        final EmergencyTemplate t = EmergencyTemplate.draft(author, areaId, clock.instant());
        t.edit(author, content, clock.instant());
        t.persist();
        audit.record(author, "template.created", "template", String.valueOf(t.id), describe(t));
        return t;
    }

    @Transactional
    public EmergencyTemplate edit(final long id, final String by, final TemplateRequest r) {
        final EmergencyTemplate t = own(id, by);
        final TemplateContent content = check(r);
        final Long areaId = r.areaId() != null ? area(by, r.areaId()) : t.areaId;
        final boolean wasApproved = t.state == TemplateState.APPROVED;
        t.edit(by, content, clock.instant());
        t.areaId = areaId;
        audit.record(by, "template.edited", "template", String.valueOf(id),
                AuditTrail.json("approvalWithdrawn", wasApproved, "content", describe(t)));
        return t;
    }

    @Transactional
    public EmergencyTemplate submit(final long id, final String by) {
        final EmergencyTemplate t = own(id, by);
        t.submit(by, clock.instant());
        audit.record(by, "template.submitted", "template", String.valueOf(id), null);
        return t;
    }

    /** Approves a submitted template (four eyes): its content is kept as the approval that sends render. */
    @Transactional
    public EmergencyTemplate approve(final long id, final String approver) {
        final EmergencyTemplate t = own(id, approver);
        t.checkDecidable(approver);
        final Instant now = clock.instant();
        final TemplateApproval approval = TemplateApproval.of(t, approver, now);
        approval.persist();
        t.approve(approver, approval.id, now);
        audit.record(approver, "template.approved", "template", String.valueOf(id),
                AuditTrail.json("approvalId", approval.id, "version", t.version, "content", describe(t)));
        return t;
    }

    @Transactional
    public EmergencyTemplate reject(final long id, final String approver, final String reason) {
        final EmergencyTemplate t = own(id, approver);
        t.reject(approver, reason.strip(), clock.instant());
        audit.record(approver, "template.rejected", "template", String.valueOf(id),
                AuditTrail.json("reason", t.rejectionReason));
        return t;
    }

    /** Retires a template for good: kept for the record, never sent again. */
    @Transactional
    public EmergencyTemplate archive(final long id, final String by) {
        final EmergencyTemplate t = own(id, by);
        t.archive(clock.instant());
        audit.record(by, "template.archived", "template", String.valueOf(id), null);
        return t;
    }

    /** A template the user may see; outside what they may see it does not exist for them (404, never 403). */
    @Transactional
    public EmergencyTemplate get(final long id, final String username) {
        final EmergencyTemplate t = EmergencyTemplate.findById(id);
        if (t == null || !visibleAreas(username).contains(t.areaId)) {
            throw new NotFoundException("template", id);
        }
        return t;
    }

    /** The approval a template was approved with. */
    @Transactional
    public TemplateApproval approval(final long approvalId) {
        final TemplateApproval a = TemplateApproval.findById(approvalId);
        if (a == null) {
            throw new NotFoundException("template approval", approvalId);
        }
        return a;
    }

    /** The newest {@code limit} templates the user may see, all or in one state. */
    @Transactional
    public List<EmergencyTemplate> list(final TemplateState state, final int limit, final String username) {
        final AreaScope scope = guard.scope(username);
        if (scope.everywhere()) {
            return (state == null ? EmergencyTemplate.findAll(Sort.descending("id"))
                    : EmergencyTemplate.find("state", Sort.descending("id"), state)).page(0, limit).list();
        }
        final Set<Long> visible = visibleAreas(username);
        if (visible.isEmpty()) {
            return List.of();
        }
        return (state == null ? EmergencyTemplate.find("areaId in ?1", Sort.descending("id"), visible)
                : EmergencyTemplate.find("state = ?1 and areaId in ?2", Sort.descending("id"), state, visible))
                .page(0, limit).list();
    }

    /**
     * The villages and communes an {@code area} blank may name when this user sends the template: open areas in the
     * template's area and in the user's, by name.
     */
    @Transactional
    public List<String> areaChoices(final EmergencyTemplate t, final String username) {
        final AreaScope scope = guard.scope(username);
        final Set<String> names = new LinkedHashSet<>();
        for (Area a : directory.subtree(t.areaId)) {
            if (!a.archived && a.level != vn.loa.area.AreaLevel.PROVINCE && scope.contains(a.id)) {
                names.add(a.name);
            }
        }
        final List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        return sorted;
    }

    /** An area a send may target: its id, its path for the page, and its level. */
    public record TargetChoice(long id, String path, vn.loa.area.AreaLevel level) {
    }

    /**
     * The areas this user may play this template on: open areas in the template's area and the user's that hold at
     * least one receiver, by path (a province, then each commune followed by its villages).
     */
    @Transactional
    public List<TargetChoice> targetChoices(final EmergencyTemplate t, final String username) {
        final AreaScope scope = guard.scope(username);
        final List<Area> subtree = directory.subtree(t.areaId);
        final java.util.Map<Long, Long> parent = new java.util.HashMap<>();
        subtree.forEach(a -> parent.put(a.id, a.parentId));
        final Set<Long> withReceivers = new HashSet<>();
        for (Object areaId : vn.loa.receiver.Receiver.find("select distinct r.areaId from Receiver r where r.areaId in ?1",
                parent.keySet()).list()) {
            for (Long at = (Long) areaId; at != null && parent.containsKey(at) && withReceivers.add(at); at = parent.get(at)) {
                // marks the receiver's area and each area above it, up to the template's
            }
        }
        final java.util.Map<Long, String> paths = new java.util.HashMap<>();
        final List<TargetChoice> out = new ArrayList<>();
        for (Area a : subtree) {
            // the subtree lists a parent before its children, so each path is its parent's plus a name
            final String path = a.id.equals(t.areaId) ? directory.path(a.id) : paths.get(a.parentId) + " › " + a.name;
            paths.put(a.id, path);
            if (!a.archived && scope.contains(a.id) && withReceivers.contains(a.id)) {
                out.add(new TargetChoice(a.id, path, a.level));
            }
        }
        out.sort(java.util.Comparator.comparing(TargetChoice::path));
        return out;
    }

    /** A template the user may change or decide on: its area lies within theirs. */
    EmergencyTemplate own(final long id, final String username) {
        final EmergencyTemplate t = get(id, username);
        if (!guard.scope(username).contains(t.areaId)) {
            throw AreaGuard.outside(username, "template " + id);
        }
        return t;
    }

    /** The user's scope, and the areas above their own (whose templates they may use). */
    Set<Long> visibleAreas(final String username) {
        final AreaScope scope = guard.scope(username);
        if (scope.everywhere()) {
            return guard.visibleAreaIds(username);
        }
        final Set<Long> ids = new HashSet<>(scope.areaIds());
        Long at = guard.areaOf(username).orElse(null);
        while (at != null) {
            ids.add(at);
            final Area a = Area.findById(at);
            at = a == null ? null : a.parentId;
        }
        return ids;
    }

    /** The content, checked: blanks declared exactly as the text uses them, a spoken language, an urgent priority. */
    private static TemplateContent check(final TemplateRequest r) {
        final String text = r.text().strip();
        final Set<String> used = TemplateText.blanks(text);
        final List<Blank> blanks = new ArrayList<>();
        final Set<String> declared = new HashSet<>();
        for (Blank b : r.blanks()) {
            final Blank checked = Blank.of(b.name(), b.label(), b.kind(), b.min(), b.max(), b.maxLength());
            if (!declared.add(checked.name())) {
                throw new InvalidInputException("template-blank-invalid", "blank {" + b.name() + "} is declared twice");
            }
            if (!used.contains(checked.name())) {
                throw new InvalidInputException("template-blank-unused",
                        "blank {" + b.name() + "} is declared but the text does not use it");
            }
            blanks.add(checked);
        }
        for (String name : used) {
            if (!declared.contains(name)) {
                throw new InvalidInputException("template-blank-undeclared",
                        "the text uses {" + name + "} but blanks does not declare it (label and kind)");
            }
        }
        if (r.priority() != Priority.EMERGENCY && r.priority() != Priority.IMPORTANT) {
            throw new InvalidInputException("template-priority",
                    "a template is for emergencies: priority must be emergency or important");
        }
        final String voice = SpeechVoices.check(r.language(), r.voice(), r.rateWpm()).voice();
        return new TemplateContent(r.title().strip(), text, List.copyOf(blanks), r.language(), voice, r.rateWpm(),
                r.priority());
    }

    /** The area a template is for: open, and within the author's. */
    private long area(final String author, final long areaId) {
        try {
            areas.open(areaId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("unknown-area", "area " + areaId + " does not exist");
        }
        guard.requireWithin(author, areaId);
        return areaId;
    }

    private static String describe(final EmergencyTemplate t) {
        return AuditTrail.json("title", t.title, "text", t.text, "blanks", t.blanks, "language", t.language,
                "voice", t.voice, "rateWpm", t.rateWpm, "priority", t.priority, "areaId", t.areaId);
    }
}
