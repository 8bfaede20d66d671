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

    /** Speak, master and encode a short text in each language at start-up, in the background (AudioWarmUp). */
    @WithDefault("true")
    boolean warmUp();

    /**
     * The espeak-ng program that speaks Vietnamese: a bare name is looked up on {@code PATH}, anything with a
     * slash is used as it is. espeak-ng is GPLv3, so Loa only ever runs it as a separate process.
     */
    @WithDefault("espeak-ng")
    String espeakPath();

    /** Longest one espeak-ng run may take; a minute of speech takes well under a second. */
    @WithDefault("60s")
    Duration espeakTimeout();

    /** MP3 constant bitrate in kbit/s: 24, 32, 40, 48, 56 or 64 (see {@link MasteringSettings#BITRATES_KBPS}). */
    @WithDefault("32")
    int bitrateKbps();

    /** Silence between two repeats of a bulletin's message; at most 10 s. */
    @WithDefault("1.5s")
    Duration repeatPause();

    /** The attention chime ({@code loa.audio.chime.*}). */
    ChimeConfig chime();

    /** The two-tone attention chime before the first and after the last repeat of a bulletin. */
    interface ChimeConfig {

        @WithDefault("true")
        boolean enabled();
    }
}
