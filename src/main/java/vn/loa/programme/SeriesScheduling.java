package vn.loa.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.broadcast.RepeatScheduler;

/** The schedule page's repeat options become a series here (see {@link RepeatScheduler}). */
@ApplicationScoped
class SeriesScheduling implements RepeatScheduler {

    @Inject
    SeriesService series;

    @Override
    public String schedule(final String by, final BroadcastRequest first, final Repeat repeat) {
        final String rule = RepeatRule.of(repeat, first.playAt().atZoneSameInstant(Recurrence.ZONE).toLocalTime());
        final Series s = series.create(by, new SeriesRequest(first.bulletinId(), first.targets(), first.playAt(),
                rule, null, null));
        final Broadcast b = Broadcast.find("seriesId = ?1 order by occurrenceAt", s.id).firstResult();
        return b == null ? "/ui/broadcasts" : "/ui/broadcasts/" + b.id;
    }
}
