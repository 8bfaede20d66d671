package vn.loa.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaLevel;
import vn.loa.area.AreaSlugs;
import vn.loa.broadcast.DeliveryState;
import vn.loa.bulletin.BulletinState;

/**
 * What a commune's public page and podcast list. A bulletin is <em>broadcast in the commune</em> when at least one
 * delivery of a broadcast of it, to a receiver that stands in the commune or one of its villages, started playing
 * ({@code startedAt} set: playing, played, preempted after it started, or failed mid-play) or reports PLAYED. It is
 * listed when it is also approved, public ({@code Bulletin.shownInPublic}: the staff's choice, by default text yes
 * and recordings no) and has its MP3. Its time is the first start heard there (a PLAYED report without a start time
 * counts from the broadcast's planned time). One entry per bulletin, however often it played; newest first.
 * A receiver counts where it stands now ({@code receiver.area_id}).
 */
@ApplicationScoped
public class PublicBulletins {

    /** Read-only: the page and the feed never write. */
    private static final String LISTED = """
            select u.id, u.title, u.text, min(coalesce(d.startedAt, b.playAt)) as played, u.audioSha256,
                   u.audioBytes, u.audioDurationMs
              from Delivery d, Broadcast b, Bulletin u, Receiver r
             where d.broadcastId = b.id and b.bulletinId = u.id and d.receiverId = r.id
               and r.areaId in :areas
               and (d.startedAt is not null or d.state = :played)
               and u.state = :approved and u.audioSha256 is not null
               and (u.publicChoice = true or (u.publicChoice is null and u.recordingSha256 is null))
             group by u.id, u.title, u.text, u.audioSha256, u.audioBytes, u.audioDurationMs
             order by played desc, u.id desc""";

    @Inject
    EntityManager em;

    @Inject
    AreaDirectory areas;

    /** The open (not archived) commune with this slug; empty for anything else, including a village's id. */
    public Optional<Area> commune(final String slug) {
        if (!AreaSlugs.wellFormed(slug)) {
            return Optional.empty();
        }
        return Area.<Area>find("publicSlug = ?1 and level = ?2 and archived = false", slug, AreaLevel.COMMUNE)
                .firstResultOptional();
    }

    /**
     * The commune's public bulletins, newest first.
     *
     * @param offset how many newer ones to skip
     * @param limit  at most this many
     */
    public List<PublicBulletin> of(final Area commune, final int offset, final int limit) {
        final Set<Long> within = areas.subtreeIds(commune.id);
        final List<Object[]> rows = em.createQuery(LISTED, Object[].class)
                .setParameter("areas", within)
                .setParameter("played", DeliveryState.PLAYED)
                .setParameter("approved", BulletinState.APPROVED)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new PublicBulletin((Long) r[0], (String) r[1], (String) r[2], (Instant) r[3],
                (String) r[4], r[5] == null ? 0L : (Long) r[5], (Long) r[6])).toList();
    }
}
