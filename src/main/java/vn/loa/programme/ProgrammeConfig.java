package vn.loa.programme;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and timing of recurring series. How far ahead occurrences are expanded is {@code loa.dispatch.horizon}. */
@ConfigMapping(prefix = "loa.programme")
public interface ProgrammeConfig {

    /** Most occurrences one series may have over its whole life (COUNT, or what UNTIL yields). */
    @WithDefault("500")
    int maxOccurrences();

    /**
     * Shortest distance between two consecutive occurrences (ISO-8601 duration). Five minutes admits "every 30
     * minutes between 06:00 and 07:00"; the end-to-end test lowers it to play a series seconds apart.
     */
    @WithDefault("PT5M")
    Duration minGap();

    /**
     * A series cannot be changed or ended from an occurrence that starts sooner than this (ISO-8601 duration):
     * its commands are out and its receivers are getting ready; it plays as planned.
     */
    @WithDefault("PT2M")
    Duration editLead();

    /** Seconds of silence between two items of a programme slot when the slot does not say (0 to 60). */
    @WithDefault("2")
    int slotPauseSeconds();

    /** How often occurrences are expanded up to the dispatch horizon (Quarkus duration, e.g. 1m). */
    @WithDefault("1m")
    String expandInterval();
}
