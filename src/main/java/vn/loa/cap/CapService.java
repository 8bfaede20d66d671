package vn.loa.cap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.w3c.dom.Document;
import vn.loa.alert.SecurityEvents;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinRequest;
import vn.loa.bulletin.BulletinService;
import vn.loa.bulletin.Priority;
import vn.loa.error.LoaException;

/**
 * Receives a CAP 1.2 message (issue 11 item 3): size, hardened parse and schema, trusted sender and signature,
 * duplicates, then by status and msgType. An Alert or Update becomes a bulletin written by the poster and submitted;
 * where every matched area's policy is {@code IMMEDIATE} and the alert is Immediate and Extreme or Severe, it is
 * approved by policy at once, else it waits for an approver. {@link CapApprovals} schedules it on approval.
 */
@ApplicationScoped
public class CapService {

    private static final Logger LOG = Logger.getLogger(CapService.class);

    /** The approval actor of an alert approved by the area policy. */
    public static final String POLICY_ACTOR = "policy:cap-immediate";

    /** What a Test or Exercise alert says first. */
    static final String TEST_PREFIX = "Đây là tin thử nghiệm. ";
    /** What a Test or Exercise bulletin's title says first. */
    static final String TEST_TITLE = "[Thử nghiệm] ";

    private final CapDocuments documents = new CapDocuments();

    @Inject
    CapConfig config;

    @Inject
    Clock clock;

    @Inject
    TrustedSenders senders;

    @Inject
    SecurityEvents security;

    @Inject
    CapAreas areas;

    @Inject
    BulletinService bulletins;

    @Inject
    CapWithdrawals withdrawals;

    @Inject
    CapAlerts alerts;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    /** Handles one message posted by {@code by}; call it outside any transaction. */
    public CapOutcome receive(final byte[] body, final String by) {
        final Document doc;
        final CapMessage m;
        try {
            doc = documents.read(body);
            m = CapMessage.of(doc);
        } catch (CapRefusal e) {
            if (e.hostile()) {
                security.capRefused(e.code(), "posted by " + by + ": " + e.getMessage());
            }
            throw e;
        }
        trust(doc, m, by);
        final CapOutcome duplicate = duplicate(m);
        if (duplicate != null) {
            return duplicate;
        }
        if (!"Alert".equals(m.msgType()) && !"Update".equals(m.msgType()) && !"Cancel".equals(m.msgType())
                || "Draft".equals(m.status()) || "System".equals(m.status())) {
            return record(m, by, CapAlert.State.IGNORED, null, null, null, "ignored", List.of());
        }
        final List<CapAlert> referenced = referenced(m, by);
        if ("Cancel".equals(m.msgType())) {
            final CapOutcome o = record(m, by, CapAlert.State.CANCEL, null, null, null, "canceled", referenced);
            withdrawals.withdraw(referenced, o.id(), CapAlert.State.CANCELED, by);
            return o;
        }
        final CapMessage.Info info = spoken(m);
        final Instant now = clock.instant();
        if (info.expires() != null && !info.expires().isAfter(now)) {
            throw new CapRefusal("cap-expired", "the alert expired at " + info.expires() + " / cảnh báo đã hết hạn");
        }
        final CapAreas.Match match = areas.match(info.areas(), by);
        final boolean test = test(m);
        final String text = text(info, test);
        final boolean immediate = match.immediatePolicy() && "Immediate".equals(info.urgency())
                && ("Extreme".equals(info.severity()) || "Severe".equals(info.severity()));
        final CapOutcome created = QuarkusTransaction.requiringNew().call(() -> {
            final Bulletin b = bulletins.create(by, new BulletinRequest(title(info, test), text,
                    language(info), priority(info, test), match.bulletinAreaId()));
            b.capOrigin = origin(m);
            bulletins.submit(b.id, by);
            return record(m, by, CapAlert.State.WAITING, info, b.id, targets(match), "waiting", referenced);
        });
        withdrawals.withdraw(referenced, created.id(), CapAlert.State.REPLACED, by);
        if (!immediate) {
            return created;
        }
        try {
            bulletins.approveByPolicy(created.bulletinId(), POLICY_ACTOR, "cap-immediate");
        } catch (LoaException e) {
            // the speech failed or someone decided first: the alert stays in the approval queue, nothing is lost
            LOG.warnf("CAP alert %s could not be approved by policy (%s: %s); it waits for an approver",
                    m.identifier(), e.code(), e.getMessage());
            return created;
        }
        final CapAlert after = QuarkusTransaction.requiringNew().call(() -> CapAlert.findById(created.id()));
        return new CapOutcome(created.id(), m.sender(), m.identifier(), m.status(), m.msgType(), test,
                after.state == CapAlert.State.BROADCAST ? "broadcast" : after.state.name().toLowerCase(Locale.ROOT),
                created.bulletinId(), after.broadcastId, created.withdrawn());
    }

    /** Trusted sender and a signature that verifies with its key; a security event otherwise. */
    private void trust(final Document doc, final CapMessage m, final String by) {
        try {
            final SenderKey key = senders.keyOf(m.sender()).orElseThrow(() -> new CapUntrusted("cap-untrusted-sender",
                    "sender " + m.sender() + " is not a trusted CAP sender / người gửi không được tin cậy"));
            if (!CapSignature.present(doc)) {
                throw new CapUntrusted("cap-unsigned", "the alert is not signed; Loa accepts only alerts signed by a "
                        + "trusted sender (XML Signature, CAP 1.2 section 3.3.2.1) / cảnh báo chưa được ký");
            }
            CapSignature.verify(doc, key.keyAt(clock.instant()));
        } catch (CapUntrusted e) {
            security.capRefused(e.code(), "posted by " + by + ", sender " + m.sender() + ", identifier "
                    + m.identifier() + ": " + e.getMessage());
            throw e;
        }
    }

    private static CapOutcome duplicate(final CapMessage m) {
        return QuarkusTransaction.requiringNew().call(() -> CapAlert.<CapAlert>find("sender = ?1 and identifier = ?2",
                m.sender(), m.identifier()).firstResultOptional().map(a -> new CapOutcome(a.id, a.sender,
                        a.identifier, a.status, a.msgType, a.test, "duplicate", a.bulletinId, a.broadcastId,
                        List.<String>of())).orElse(null));
    }

    /**
     * The alerts an Update or Cancel references; one unknown, or not visible to the poster, refuses the message, and
     * so does a Test or Exercise that references a real alert (or the other way round).
     */
    private List<CapAlert> referenced(final CapMessage m, final String by) {
        if ("Alert".equals(m.msgType())) {
            return List.of();
        }
        if (m.references().isEmpty()) {
            throw new CapRefusal("cap-references-required", "an " + m.msgType() + " must reference the alert it "
                    + "changes (references: sender,identifier,sent)");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            final List<CapAlert> found = new ArrayList<>();
            for (CapMessage.Reference r : m.references()) {
                final CapAlert a = CapAlert.<CapAlert>find("sender = ?1 and identifier = ?2", r.sender(),
                        r.identifier()).firstResult();
                if (a == null || !alerts.visible(a, by)) {
                    throw new CapRefusal("cap-unknown-reference", "the " + m.msgType() + " references alert "
                            + r.identifier() + " of " + r.sender() + ", which Loa never received / không rõ cảnh "
                            + "báo được tham chiếu");
                }
                if (a.test != test(m)) {
                    throw new CapRefusal("cap-reference-status-mismatch", "a " + m.status() + " " + m.msgType()
                            + " cannot change alert " + r.identifier() + ", which is " + a.status
                            + ": tests change tests, real alerts real alerts");
                }
                found.add(a);
            }
            return found;
        });
    }

    /** The info to speak: the first in Vietnamese; without one, the first in a language Loa speaks. */
    private static CapMessage.Info spoken(final CapMessage m) {
        for (CapMessage.Info i : m.infos()) {
            if (i.vietnamese()) {
                return i;
            }
        }
        for (CapMessage.Info i : m.infos()) {
            if (i.language().toLowerCase(Locale.ROOT).equals("en")
                    || i.language().toLowerCase(Locale.ROOT).startsWith("en-")) {
                return i;
            }
        }
        throw new CapRefusal("cap-no-speakable-info", m.infos().isEmpty() ? "the alert carries no info to speak"
                : "the alert has no info in Vietnamese (vi-VN) or English, the languages Loa speaks");
    }

    private static String language(final CapMessage.Info info) {
        return info.vietnamese() ? "vi" : "en";
    }

    static boolean test(final CapMessage m) {
        return "Test".equals(m.status()) || "Exercise".equals(m.status());
    }

    /** Headline, description and instruction, in that order; a test says so first. */
    static String text(final CapMessage.Info info, final boolean test) {
        final StringBuilder s = new StringBuilder(test ? TEST_PREFIX : "");
        for (String part : new String[] {info.headline(), info.description(), info.instruction()}) {
            if (part != null) {
                s.append(s.isEmpty() || s.toString().equals(TEST_PREFIX) ? "" : "\n\n").append(part);
            }
        }
        if (s.toString().strip().isEmpty() || s.toString().equals(TEST_PREFIX)) {
            s.append(info.event());
        }
        if (s.length() > Bulletin.MAX_TEXT) {
            throw new CapRefusal("cap-text-too-long", "headline, description and instruction together are "
                    + s.length() + " characters; a bulletin holds at most " + Bulletin.MAX_TEXT);
        }
        return s.toString().strip();
    }

    /** "sender · identifier", control characters out, at most 300 characters: what the pages show as the source. */
    static String origin(final CapMessage m) {
        final String o = (m.sender() + " · " + m.identifier()).replaceAll("\\p{Cntrl}", " ").strip();
        return o.length() <= 300 ? o : o.substring(0, 299) + "…";
    }

    private static String title(final CapMessage.Info info, final boolean test) {
        final String t = (test ? TEST_TITLE : "") + (info.headline() != null ? info.headline() : info.event());
        final String line = t.replaceAll("\\s+", " ").strip();
        return line.length() <= Bulletin.MAX_TITLE ? line : line.substring(0, Bulletin.MAX_TITLE - 1) + "…";
    }

    /** Extreme and Severe: emergency; Moderate, Minor, Unknown: important; a test: routine. */
    static Priority priority(final CapMessage.Info info, final boolean test) {
        if (test) {
            return Priority.ROUTINE;
        }
        return "Extreme".equals(info.severity()) || "Severe".equals(info.severity()) ? Priority.EMERGENCY
                : Priority.IMPORTANT;
    }

    private String targets(final CapAreas.Match match) {
        try {
            return json.writeValueAsString(new BroadcastRequest.Targets(
                    match.receiverIds().isEmpty() ? null : List.copyOf(match.receiverIds()), null, null,
                    match.areaIds().isEmpty() ? null : List.copyOf(match.areaIds())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records the message (in the caller's transaction, or its own) and audits it. */
    private CapOutcome record(final CapMessage m, final String by, final CapAlert.State state,
            final CapMessage.Info info, final Long bulletinId, final String targets, final String outcome,
            final List<CapAlert> referenced) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            final CapAlert a = new CapAlert();
            a.sender = m.sender();
            a.identifier = m.identifier();
            a.sent = m.sent();
            a.status = m.status();
            a.msgType = m.msgType();
            a.test = test(m);
            a.state = state;
            if (info != null) {
                a.urgency = info.urgency();
                a.severity = info.severity();
                a.headline = info.headline() == null ? null : cut(info.headline(), 500);
                a.expiresAt = info.expires();
            }
            a.targets = targets;
            a.bulletinId = bulletinId;
            a.receivedBy = by;
            a.receivedAt = clock.instant();
            a.persist();
            final List<String> refs = referenced.stream().map(r -> r.sender + "," + r.identifier).toList();
            audit.record(by, "cap.received", "cap-alert", String.valueOf(a.id), AuditTrail.json("sender", a.sender,
                    "identifier", a.identifier, "status", a.status, "msgType", a.msgType, "state", a.state,
                    "bulletinId", bulletinId, "references", refs, "targets", targets));
            LOG.infof("CAP %s %s from %s (%s): %s", a.msgType, a.identifier, a.sender, a.status, state);
            return new CapOutcome(a.id, a.sender, a.identifier, a.status, a.msgType, a.test, outcome, bulletinId,
                    null, refs);
        });
    }

    private static String cut(final String s, final int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
