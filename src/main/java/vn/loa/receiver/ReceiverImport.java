package vn.loa.receiver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.area.Area;
import vn.loa.area.AreaKey;
import vn.loa.area.AreaService;
import vn.loa.error.LoaException;

/**
 * Registers many receivers from one CSV file ({@link ReceiverCsv}), all or nothing, in one transaction: each one as
 * {@link ReceiverService#register} would (same hashes, same audit entry), the villages created when missing in that
 * same transaction, the communes required to exist. Answers the secrets in clear, once.
 */
@ApplicationScoped
public class ReceiverImport {

    /** Ids looked up per query when checking which are taken. */
    private static final int ID_CHUNK = 500;

    @Inject
    ReceiverService receivers;

    @Inject
    AreaService areas;

    @Inject
    Event<ReceiverService.CredentialsChanged> credentialsChanged;

    @Inject
    vn.loa.audit.AuditTrail audit;

    /** One receiver registered by an import, with its secret in clear. */
    public record Imported(String id, String secret) {
    }

    /**
     * Imports the file.
     *
     * @throws ImportRejectedException with the line errors, when any line is wrong (nothing is stored)
     */
    @Transactional
    public List<Imported> importCsv(final byte[] csv) {
        final List<ReceiverCsv.Row> rows = ReceiverCsv.parse(csv);
        final List<ReceiverCsv.LineError> errors = new ArrayList<>();
        final Set<String> taken = taken(rows.stream().map(ReceiverCsv.Row::id).toList());
        final Map<String, Object> villages = new HashMap<>();
        for (ReceiverCsv.Row row : rows) {
            if (taken.contains(row.id())) {
                errors.add(new ReceiverCsv.LineError(row.line(), "id", "receiver " + row.id()
                        + " is already registered / đầu thu đã được đăng ký"));
            }
            final Object village = villages.computeIfAbsent(AreaKey.of(row.commune()) + "\n" + AreaKey.of(row.village()),
                    k -> village(row));
            if (village instanceof LoaException e) {
                errors.add(new ReceiverCsv.LineError(row.line(), e.code().equals("unknown-commune")
                        || e.code().equals("ambiguous-area") ? "commune" : "village", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors.subList(0, Math.min(errors.size(), ReceiverCsv.MAX_ERRORS)),
                    errors.size());
        }
        final List<Imported> out = new ArrayList<>(rows.size());
        for (ReceiverCsv.Row row : rows) {
            final Area village = (Area) villages.get(AreaKey.of(row.commune()) + "\n" + AreaKey.of(row.village()));
            final String secret = ReceiverSecrets.newSecret();
            receivers.persist(row.id(), row.name(), village, communeName(village), row.position(), secret);
            out.add(new Imported(row.id(), secret));
        }
        audit.record(audit.currentActor(), "receiver.imported", "receiver", rows.get(0).id(),
                vn.loa.audit.AuditTrail.json("count", rows.size()));
        credentialsChanged.fire(new ReceiverService.CredentialsChanged(rows.get(0).id()));
        return out;
    }

    /** The village, or the refusal to say on every line that names it. */
    private Object village(final ReceiverCsv.Row row) {
        try {
            return areas.villageForImport(row.commune(), row.village());
        } catch (LoaException e) {
            return e;
        }
    }

    /** The village's commune's name (the commune is in the persistence context by then: no query). */
    private static String communeName(final Area village) {
        return Area.<Area>findById(village.parentId).name;
    }

    /** The ids among {@code ids} already registered. */
    private static Set<String> taken(final List<String> ids) {
        final Set<String> taken = new HashSet<>();
        for (int i = 0; i < ids.size(); i += ID_CHUNK) {
            taken.addAll(Receiver.getEntityManager().createQuery(
                    "select r.id from Receiver r where r.id in :ids", String.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + ID_CHUNK))).getResultList());
        }
        return taken;
    }
}
