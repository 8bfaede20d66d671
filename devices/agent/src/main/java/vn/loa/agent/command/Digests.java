package vn.loa.agent.command;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.KnownCommand;
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.SequenceWindow;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.Digest;
import vn.loa.agent.protocol.ReceiverId;

/**
 * Builds the digest of PROTOCOL.md 4.6 from the journal: every command not yet final (a stored pending command),
 * and the others whose latest state is at most {@link #RECENT} old; newest state first, at most
 * {@link Digest#MAX_ENTRIES}.
 */
final class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    /** How far back commands that are done are still listed. */
    static final Duration RECENT = Duration.ofHours(48);

    private static final Comparator<Digest.Entry> NEWEST_FIRST = Comparator
            .comparing((Digest.Entry e) -> e.at().toInstant()).thenComparingLong(Digest.Entry::seq).reversed();

    private final ReceiverId self;
    private final Journal journal;
    private final PendingCommands pending;
    private final SequenceWindow sequence;
    private final Clock clock;

    Digests(final ReceiverId self, final Journal journal, final PendingCommands pending,
            final SequenceWindow sequence, final Clock clock) {
        this.self = self;
        this.journal = journal;
        this.pending = pending;
        this.sequence = sequence;
        this.clock = clock;
    }

    @NotNull Digest build() {
        final OffsetDateTime now = OffsetDateTime.now(clock);
        final OffsetDateTime since = now.minus(RECENT);
        final Set<CommandId> notFinal = pending.ids();
        final List<Digest.Entry> entries = new ArrayList<>();
        for (final KnownCommand known : journal.known()) {
            if (!notFinal.contains(known.commandId()) && known.lastAck().at().isBefore(since)) {
                continue;
            }
            final Long seq = known.seq() != null ? known.seq() : fromWindow(known.commandId());
            if (seq == null || seq < 1) {
                LOG.fine(() -> "commandId=" + known.commandId() + " has no known seq, left out of the digest");
                continue;
            }
            entries.add(new Digest.Entry(known.commandId(), seq,
                    known.lastAck().step().ackState().orElseThrow(), known.lastAck().at(), known.lastAck().detail()));
        }
        entries.sort(NEWEST_FIRST);
        return new Digest(self, now, entries.subList(0, Math.min(entries.size(), Digest.MAX_ENTRIES)));
    }

    private Long fromWindow(final CommandId id) {
        final OptionalLong seq = sequence.seqOf(id);
        return seq.isPresent() ? seq.getAsLong() : null;
    }
}
