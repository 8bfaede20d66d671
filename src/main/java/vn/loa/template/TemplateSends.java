package vn.loa.template;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaKey;
import vn.loa.area.AreaScope;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.DispatchConfig;
import vn.loa.broadcast.ImmediateBroadcasts;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinRequest;
import vn.loa.bulletin.BulletinService;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;

/**
 * Sends an approved template: checks every fill against its blank's pattern and the targets against the template's
 * area and the sender's, renders the approved text with the fills (plain text, spoken), makes a bulletin approved by
 * the template's approval (spoken by {@link BulletinService#createFromTemplate}) and plays it now
 * ({@link ImmediateBroadcasts}). Everything is checked before anything is made, so a refused send leaves nothing.
 * Runs outside a transaction: speech takes a while, and the broadcast must be committed before the dispatcher wakes.
 */
@ApplicationScoped
public class TemplateSends {

    @Inject
    TemplateService templates;

    @Inject
    BulletinService bulletins;

    @Inject
    ImmediateBroadcasts immediate;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory directory;

    @Inject
    DispatchConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What a send made. */
    public record Sent(long templateId, long approvalId, String approvedBy, long bulletinId, long broadcastId,
            String text) {
    }

    /** What the checks produced: the bulletin to make, where it is for, and what approved it. */
    private record Checked(BulletinRequest bulletin, long areaId, BulletinService.TemplateOrigin origin,
            Map<String, String> fills) {
    }

    public Sent send(final long id, final String by, final SendRequest r) {
        final Checked c = QuarkusTransaction.requiringNew().call(() -> check(id, by, r));
        final Bulletin b = bulletins.createFromTemplate(by, c.bulletin(), c.areaId(), c.origin());
        final Broadcast broadcast = immediate.schedule(by, b.id, r.targets(),
                r.expiresAt() == null ? null : r.expiresAt().toInstant());
        QuarkusTransaction.requiringNew().run(() -> audit.record(by, "template.sent", "template", String.valueOf(id),
                AuditTrail.json("approvalId", c.origin().approvalId(), "approvedBy", c.origin().approvedBy(),
                        "bulletinId", b.id, "broadcastId", broadcast.id, "fills", c.fills())));
        return new Sent(id, c.origin().approvalId(), c.origin().approvedBy(), b.id, broadcast.id, b.text);
    }

    /** Checks fills alone, for the send page to name a bad one before anything else; throws {@link FillRefused}. */
    public void checkFills(final long id, final String by, final Map<String, String> given) {
        QuarkusTransaction.requiringNew().run(() -> {
            final EmergencyTemplate t = templates.get(id, by);
            if (t.state != TemplateState.APPROVED || t.approvalId == null) {
                throw new ConflictException("template-not-approved",
                        "template " + id + " is " + t.state + "; only an APPROVED template can be sent");
            }
            fill(templates.approval(t.approvalId).blankList(), given, areaNames(t, by));
        });
    }

    private Checked check(final long id, final String by, final SendRequest r) {
        final EmergencyTemplate t = templates.get(id, by);
        if (t.state != TemplateState.APPROVED || t.approvalId == null) {
            throw new ConflictException("template-not-approved",
                    "template " + id + " is " + t.state + "; only an APPROVED template can be sent");
        }
        final TemplateApproval approval = templates.approval(t.approvalId);
        final Map<String, String> fills = fill(approval.blankList(), r.fills(), areaNames(t, by));
        final String text = TemplateText.render(approval.text, fills);
        if (text.length() > Bulletin.MAX_TEXT) {
            throw new InvalidInputException("template-text-too-long", "the filled text has " + text.length()
                    + " characters; a bulletin holds at most " + Bulletin.MAX_TEXT);
        }
        final AreaScope scope = guard.scope(by);
        TemplateTargets.check(r.targets(), directory.subtreeIds(t.areaId), scope, by, id, directory::subtreeIds);
        checkExpiry(r);
        final long areaId = scope.contains(t.areaId) ? t.areaId : guard.areaOf(by).orElseThrow(() ->
                AreaGuard.outside(by, "template " + id));
        final BulletinRequest bulletin = new BulletinRequest(approval.title, text, approval.language,
                approval.priority, areaId, approval.voice, approval.rateWpm);
        return new Checked(bulletin, areaId,
                new BulletinService.TemplateOrigin(t.id, approval.id, approval.approvedBy), fills);
    }

    /** Each blank's fill, checked and in the form spoken; a fill for no blank is refused too. */
    static Map<String, String> fill(final List<Blank> blanks, final Map<String, String> given,
            final java.util.function.Function<String, Optional<String>> areaName) {
        for (String name : given.keySet()) {
            if (blanks.stream().noneMatch(b -> b.name().equals(name))) {
                throw new FillRefused(String.valueOf(name), "unknown-blank", "this template has no such blank");
            }
        }
        final Map<String, String> out = new LinkedHashMap<>();
        for (Blank b : blanks) {
            out.put(b.name(), b.fill(given.get(b.name()), areaName));
        }
        return out;
    }

    /** The {@code area} blanks' lookup: a name, any case or Unicode form, to the area's own name. */
    private java.util.function.Function<String, Optional<String>> areaNames(final EmergencyTemplate t,
            final String by) {
        final Map<String, String> byKey = new HashMap<>();
        for (String name : templates.areaChoices(t, by)) {
            byKey.putIfAbsent(AreaKey.of(name), name);
        }
        return v -> Optional.ofNullable(byKey.get(AreaKey.of(v)));
    }

    /** The broadcast's own checks on expiry, made first so that a refusal leaves no bulletin behind. */
    private void checkExpiry(final SendRequest r) {
        if (r.expiresAt() == null) {
            return;
        }
        final Instant playAt = clock.instant().plus(config.immediateLead());
        final Instant expiresAt = r.expiresAt().toInstant();
        if (!expiresAt.isAfter(playAt)) {
            throw new InvalidInputException("expires-before-play",
                    "expiresAt must be after the broadcast starts (now plus " + config.immediateLead().toSeconds() + " s)");
        }
        if (expiresAt.isAfter(playAt.plus(config.maxValidity()))) {
            throw new InvalidInputException("expires-too-late",
                    "expiresAt must be within " + config.maxValidity().toDays() + " days");
        }
    }
}
