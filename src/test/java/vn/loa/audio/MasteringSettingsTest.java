package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MasteringSettingsTest {

    @ParameterizedTest
    @ValueSource(ints = {24, 32, 40, 48, 56, 64})
    void new_mpegBitrateFrom24To64_accepted(final int kbps) {
        assertEquals(kbps, new MasteringSettings(true, 1_500, kbps).bitrateKbps());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 23, 33, 65, 80, 128})
    void new_bitrateOutOfRangeOrNotMpeg_throwsNamingTheProperty(final int kbps) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MasteringSettings(true, 1_500, kbps));
        assertTrue(e.getMessage().contains("loa.audio.bitrate-kbps") && e.getMessage().contains("got " + kbps),
                e.getMessage());
    }

    @Test
    void from_defaultConfig_chimeOn1500msPause32kbps() {
        assertEquals(MasteringSettings.DEFAULT, MasteringSettings.from(config(32, Duration.ofMillis(1_500))));
        assertEquals(new MasteringSettings(true, 1_500, 32), MasteringSettings.DEFAULT);
    }

    @Test
    void from_bitrateOutOfRange_throws() {
        assertThrows(IllegalArgumentException.class, () -> MasteringSettings.from(config(96, Duration.ofSeconds(1))));
    }

    @Test
    void from_pauseOverTenSeconds_throwsNamingTheProperty() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MasteringSettings.from(config(32, Duration.ofSeconds(11))));
        assertTrue(e.getMessage().contains("loa.audio.repeat-pause"), e.getMessage());
    }

    private static AudioConfig config(final int kbps, final Duration pause) {
        return new AudioConfig() {
            @Override
            public int speechVoices() {
                return 1;
            }

            @Override
            public boolean warmUp() {
                return false;
            }

            @Override
            public String espeakPath() {
                return "espeak-ng";
            }

            @Override
            public Duration espeakTimeout() {
                return Duration.ofSeconds(60);
            }

            @Override
            public int bitrateKbps() {
                return kbps;
            }

            @Override
            public Duration repeatPause() {
                return pause;
            }

            @Override
            public ChimeConfig chime() {
                return () -> true;
            }
        };
    }
}
