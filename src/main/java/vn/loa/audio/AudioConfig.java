package vn.loa.audio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the audio feature ({@code loa.audio.*}). The store's root is {@code ${loa.data-dir}/audio}. */
@ConfigMapping(prefix = "loa.audio")
interface AudioConfig {

    /**
     * Most FreeTTS voices allocated at once, so most bulletins spoken in parallel. Each voice loads its own
     * diphone database (about half a second); one per core is plenty.
     */
    @WithDefault("2")
    int speechVoices();

    /**
     * The espeak-ng program that speaks Vietnamese: a bare name is looked up on {@code PATH}, anything with a
     * slash is used as it is. espeak-ng is GPLv3, so Loa only ever runs it as a separate process.
     */
    @WithDefault("espeak-ng")
    String espeakPath();

    /** Longest one espeak-ng run may take; a minute of speech takes well under a second. */
    @WithDefault("60s")
    Duration espeakTimeout();
}
