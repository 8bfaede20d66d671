package vn.loa.agent.playback;

import org.jetbrains.annotations.NotNull;

/** Opens an {@link AudioSink} for one playback. */
@FunctionalInterface
public interface SinkFactory {

    /** @throws PlaybackException if no output can be opened for {@code format} */
    @NotNull AudioSink open(@NotNull PcmFormat format) throws PlaybackException;
}
