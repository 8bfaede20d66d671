package vn.loa.receiver;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import vn.loa.error.ConflictException;
import vn.loa.error.NotFoundException;

/** The receiver registry, and presence as reported by the receivers themselves. */
@ApplicationScoped
public class ReceiverService {

    @Inject
    Clock clock;

    @Transactional
    public Receiver register(final ReceiverRequest r) {
        final String id = r.id() != null ? r.id() : newId(r.village());
        if (Receiver.findById(id) != null) {
            throw new ConflictException("receiver-exists", "receiver " + id + " is already registered");
        }
        final Receiver receiver = new Receiver();
        receiver.id = id;
        receiver.name = r.name().strip();
        receiver.village = r.village().strip();
        receiver.commune = r.commune().strip();
        receiver.createdAt = clock.instant();
        receiver.persist();
        return receiver;
    }

    public Receiver get(final String id) {
        final Receiver r = Receiver.findById(id);
        if (r == null) {
            throw new NotFoundException("receiver", id);
        }
        return r;
    }

    public List<Receiver> list(final String commune, final String village) {
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
     * Records what a receiver said about itself on its status topic.
     *
     * @param seenAt when the receiver spoke, or null when unknown (then last-seen is left as it is)
     * @return false when no such receiver is registered (the message is then dropped by the caller)
     */
    @Transactional
    public boolean recordPresence(final String id, final boolean online, final String agent, final Instant seenAt) {
        final Receiver r = Receiver.findById(id);
        if (r == null) {
            return false;
        }
        r.online = online;
        if (seenAt != null && (r.lastSeenAt == null || seenAt.isAfter(r.lastSeenAt))) {
            r.lastSeenAt = seenAt;
        }
        if (agent != null) {
            r.agent = agent;
        }
        return true;
    }

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
