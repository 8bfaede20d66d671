package vn.loa.agent.playback;

import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;

/** Opens the configured {@link SinkKind} for one playback. */
public final class Sinks implements SinkFactory {

    private static final Logger LOG = Logger.getLogger(Sinks.class.getName());

    private final SinkKind kind;

    public Sinks(final @NotNull SinkKind kind) {
        this.kind = kind;
    }

    @Override
    public @NotNull AudioSink open(final @NotNull PcmFormat format) throws PlaybackException {
        switch (kind) {
            case SOUNDCARD:
                return SoundcardSink.open(format);
            case REALTIME:
                return new RealtimeSink(format);
            default:
                try {
                    return SoundcardSink.open(format);
                } catch (PlaybackException e) {
                    LOG.fine(() -> "auto sink falls back to realtime: " + e.getMessage());
                    return new RealtimeSink(format);
                }
        }
    }
}
