package vn.loa.audio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the audio feature ({@code loa.audio.*}). The store's root is {@code ${loa.data-dir}/audio}. */
@ConfigMapping(prefix = "loa.audio")
interface AudioConfig {

    /**
     * Most FreeTTS voices allocated at once, so most bulletins spoken in parallel. Each voice loads its own
     * diphone database (about half a second); one per core is plenty.
     */
    @WithDefault("2")
    int speechVoices();
}
