package vn.loa.receiver;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaLevel;
import vn.loa.area.AreaScope;
import vn.loa.area.AreaService;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/** The receiver registry, and presence as reported by the receivers themselves. */
@ApplicationScoped
public class ReceiverService {

    @Inject
    Clock clock;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    vn.loa.audit.AuditTrail audit;

    @Inject
    AreaService areas;

    @Inject
    AreaDirectory directory;

    @Inject
    AreaGuard guard;

    /** A receiver just registered (or given a new secret), with the secret in clear: shown this once. */
    public record WithSecret(Receiver receiver, String secret) {
    }

    @Transactional
    public WithSecret register(final ReceiverRequest r) {
        return register(r, ReceiverSecrets.newSecret());
    }

    /** Registers with a given secret: only for demo mode, whose documented secret lets the walkthrough connect. */
    @Transactional
    public WithSecret register(final ReceiverRequest r, final String secret) {
        final Area village = village(r);
        final Position position = Position.ofNullable(r.latitude(), r.longitude());
        final String id = r.id() != null ? r.id() : newId(village.name);
        if (Receiver.findById(id) != null) {
            throw new ConflictException("receiver-exists", "receiver " + id + " is already registered");
        }
        final Receiver receiver = persist(id, r.name(), village, directory.get(village.parentId).name, position,
                secret);
        credentialsChanged.fire(new CredentialsChanged(id));
        return new WithSecret(receiver, secret);
    }

    /**
     * Stores a new receiver with its secret's hashes and audits it, in the caller's transaction; the caller has
     * checked the id is free and fires {@link CredentialsChanged} (once for a whole import).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Receiver persist(final String id, final String name, final Area village, final String communeName,
            final Position position, final String secret) {
        final Receiver receiver = new Receiver();
        receiver.id = id;
        receiver.name = name.strip();
        receiver.areaId = village.id;
        receiver.village = village.name;
        receiver.commune = communeName;
        receiver.createdAt = clock.instant();
        place(receiver, position);
        setSecret(receiver, secret);
        receiver.persist();
        audit.record(audit.currentActor(), "receiver.registered", "receiver", id, vn.loa.audit.AuditTrail.json(
                "name", receiver.name, "village", receiver.village, "commune", receiver.commune));
        return receiver;
    }

    /** The village a registration names: by id (open, of level VILLAGE), or by village and commune names. */
    private Area village(final ReceiverRequest r) {
        if (r.areaId() != null) {
            final Area a;
            try {
                a = areas.open(r.areaId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("unknown-area", "area " + r.areaId() + " does not exist");
            }
            if (a.level != AreaLevel.VILLAGE) {
                throw new InvalidInputException("receiver-needs-village",
                        "a receiver stands in a village (thôn, bản); area " + a.id + " is a " + a.level);
            }
            return a;
        }
        if (r.village() == null || r.village().isBlank() || r.commune() == null || r.commune().isBlank()) {
            throw new InvalidInputException("receiver-needs-village",
                    "give areaId (a village), or village and commune names / cần chọn thôn, bản");
        }
        return areas.villageByNames(r.commune(), r.village());
    }

    /** Sets (or, with null, clears) where a receiver stands. */
    @Transactional
    public Receiver setPosition(final String id, final Position position) {
        final Receiver receiver = get(id);
        place(receiver, position);
        return receiver;
    }

    private static void place(final Receiver receiver, final Position position) {
        receiver.latitude = position == null ? null : position.latitude();
        receiver.longitude = position == null ? null : position.longitude();
    }

    /** Replaces a receiver's broker secret (a lost or leaked one); the old one stops working. */
    @Transactional
    public WithSecret newSecret(final String id) {
        final Receiver receiver = get(id);
        final String secret = ReceiverSecrets.newSecret();
        setSecret(receiver, secret);
        audit.record(audit.currentActor(), "receiver.secret-replaced", "receiver", id, null);
        credentialsChanged.fire(new CredentialsChanged(id));
        return new WithSecret(receiver, secret);
    }

    /**
     * Fired (after commit, to observers that ask for it) when a receiver's broker credentials change; a bulk import
     * fires it once, naming its first receiver.
     */
    public record CredentialsChanged(String receiverId) {
    }

    private static void setSecret(final Receiver receiver, final String secret) {
        receiver.secretSha256 = ReceiverSecrets.sha256(secret);
        receiver.mosquittoHash = ReceiverSecrets.mosquittoHash(secret);
    }

    /** The SHA-256 of a receiver's broker secret, for the broker's authentication; empty if unknown. */
    @Transactional
    public java.util.Optional<String> secretSha256(final String id) {
        final Receiver r = Receiver.findById(id);
        return r == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(r.secretSha256);
    }

    /** Any receiver, whatever the caller's area: for internal use; requests use {@link #get(String, String)}. */
    public Receiver get(final String id) {
        final Receiver r = Receiver.findById(id);
        if (r == null) {
            throw new NotFoundException("receiver", id);
        }
        return r;
    }

    /** A receiver the user may see; outside their area it does not exist for them (404, not 403). */
    public Receiver get(final String id, final String username) {
        final Receiver r = get(id);
        if (!guard.scope(username).contains(r.areaId)) {
            throw new NotFoundException("receiver", id);
        }
        return r;
    }

    /** The receivers in the user's area, optionally in one commune and/or village (by name). */
    public List<Receiver> list(final String commune, final String village, final String username) {
        final AreaScope scope = guard.scope(username);
        return list(commune, village).stream().filter(r -> scope.contains(r.areaId)).toList();
    }

    private static List<Receiver> list(final String commune, final String village) {
        if (commune != null && village != null) {
            return Receiver.list("commune = ?1 and village = ?2", Sort.by("id"), commune, village);
        }
        if (commune != null) {
            return Receiver.list("commune", Sort.by("id"), commune);
        }
        if (village != null) {
            return Receiver.list("village", Sort.by("id"), village);
        }
        return Receiver.listAll(Sort.by("id"));
    }

    /**
     * Records what a receiver said about itself on its status topic (status, heartbeat or last will).
     *
     * @return false when no such receiver is registered (the message is then dropped by the caller)
     */
    @Transactional
    public boolean recordStatus(final String id, final ReceiverStatus s) {
        final Receiver r = Receiver.findById(id);
        if (r == null) {
            return false;
        }
        // milliseconds, the protocol's precision (PROTOCOL.md 2.3): a finer time would come back from the database
        // rounded, maybe up, and the next status of the same instant would look older than the one stored
        final Instant statusAt = s.statusAt() == null ? null
                : s.statusAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (statusAt != null && r.statusAt != null && statusAt.isBefore(r.statusAt)) {
            return true; // an older message than the one we have (a retained copy, redelivered): keep the newer
        }
        if (r.online != s.online()) {
            PresenceChange.of(id, s.online(), s.seenAt() != null ? s.seenAt() : clock.instant()).persist();
        }
        r.online = s.online();
        if (s.seenAt() != null && (r.lastSeenAt == null || s.seenAt().isAfter(r.lastSeenAt))) {
            r.lastSeenAt = s.seenAt();
        }
        if (!s.online()) {
            return true; // the last will carries no health
        }
        r.statusAt = statusAt;
        if (s.agent() != null) {
            r.agent = s.agent();
        }
        r.firmware = s.firmware();
        r.powerSource = s.powerSource();
        r.batteryPercent = s.batteryPercent();
        r.batteryReservePercent = s.batteryReservePercent();
        r.signalDbm = s.signalDbm();
        r.volumePercent = s.volumePercent();
        r.storageFreeBytes = s.storageFreeBytes();
        r.queuedCommands = s.queuedCommands();
        if (s.clockOffsetMs() != null) {
            r.clockOffsetMs = s.clockOffsetMs();
        }
        return true;
    }

    /**
     * Sequence numbers for many receivers at once: locks their rows in one query (in id order, so two controller
     * instances never deadlock on them) and hands out numbers from them in memory; the caller's transaction writes
     * the counters back. Same rule as {@link #nextSeq(String)}: send the commands with these numbers from that
     * transaction's outcome only.
     *
     * @return the next number of a receiver each time it is called; a receiver not among {@code ids} or not
     *         registered throws {@link NotFoundException}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.function.ToLongFunction<String> seqsFor(final java.util.Collection<String> ids) {
        final java.util.Map<String, Receiver> locked = new java.util.HashMap<>();
        final List<String> sorted = ids.stream().distinct().sorted().toList();
        for (int from = 0; from < sorted.size(); from += SEQ_LOCK_CHUNK) {
            Receiver.<Receiver>find("id in ?1 order by id", sorted.subList(from,
                    Math.min(sorted.size(), from + SEQ_LOCK_CHUNK))).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                    .forEach(r -> locked.put(r.id, r));
        }
        return id -> {
            final Receiver r = locked.get(id);
            if (r == null) {
                throw new NotFoundException("receiver", id);
            }
            r.lastSeq += 1;
            return r.lastSeq;
        };
    }

    /** Receivers locked by one query of {@link #seqsFor}: a bound on the SQL's parameter list. */
    private static final int SEQ_LOCK_CHUNK = 500;

    /**
     * The next command sequence number for a receiver. Takes a row lock, so it must run inside the caller's
     * transaction, which then sends the command with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextSeq(final String id) {
        final Receiver r = Receiver.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException("receiver", id);
        }
        r.lastSeq += 1;
        return r.lastSeq;
    }

    /** "Thôn Má" → "thon-ma-3f9a": ASCII, topic-safe, with a random suffix so two boxes in one village differ. */
    static String newId(final String village) {
        final String ascii = Normalizer.normalize(village.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        final String stem = ascii.isEmpty() ? "rx" : ascii.substring(0, Math.min(40, ascii.length()));
        return stem + "-" + Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xF000));
    }
}
