package vn.loa.cap;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.loa.audit.AuditTrail;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/** The trusted CAP senders, kept by administrators; every change is audited in its transaction. */
@ApplicationScoped
public class TrustedSenders {

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public TrustedSender add(final String by, final String sender, final String pem) {
        final String id = senderId(sender);
        final SenderKey key = SenderKey.parse(pem);
        if (TrustedSender.count("sender", id) > 0) {
            throw new ConflictException("cap-sender-exists", "sender " + id + " is already trusted; delete it first "
                    + "to change its key / người gửi " + id + " đã có");
        }
        final TrustedSender t = new TrustedSender();
        t.sender = id;
        t.keyPem = pem.strip();
        t.keySha256 = key.sha256();
        t.algorithm = key.algorithm();
        t.createdBy = by;
        t.createdAt = clock.instant();
        t.persist();
        audit.record(by, "cap.sender-trusted", "cap-sender", String.valueOf(t.id), AuditTrail.json("sender", id,
                "keySha256", t.keySha256, "algorithm", t.algorithm, "certificate", key.certificate() != null));
        return t;
    }

    @Transactional
    public void remove(final String by, final long id) {
        final TrustedSender t = TrustedSender.findById(id);
        if (t == null) {
            throw new NotFoundException("cap sender", id);
        }
        t.delete();
        audit.record(by, "cap.sender-removed", "cap-sender", String.valueOf(id),
                AuditTrail.json("sender", t.sender, "keySha256", t.keySha256));
    }

    public List<TrustedSender> list() {
        return TrustedSender.listAll(Sort.ascending("sender"));
    }

    /** The key of a trusted sender, if it is one. */
    @Transactional
    public Optional<SenderKey> keyOf(final String sender) {
        return TrustedSender.<TrustedSender>find("sender", sender).firstResultOptional()
                .map(t -> SenderKey.parse(t.keyPem));
    }

    private static String senderId(final String sender) {
        if (sender == null || sender.isBlank() || sender.strip().length() > TrustedSender.MAX_SENDER
                || !sender.strip().matches("[^\\s,<&]+")) {
            throw new InvalidInputException("invalid-cap-sender", "sender is the CAP <sender> of the alerts: at "
                    + "most " + TrustedSender.MAX_SENDER + " characters, without spaces, commas, < or & (CAP 1.2 "
                    + "section 3.2.1) / mã người gửi không hợp lệ");
        }
        return sender.strip();
    }
}
