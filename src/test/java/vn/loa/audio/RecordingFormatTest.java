package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingFormatTest {

    @Test
    void sniff_wavMp3AndTaggedMp3_recognised() {
        assertEquals(Optional.of(RecordingFormat.WAV), RecordingFormat.sniff(RecordingFixtures.wavFile(1, 8_000, 16,
                new byte[2])));
        assertEquals(Optional.of(RecordingFormat.MP3), RecordingFormat.sniff(RecordingFixtures.mp3(500, -20)));
        assertEquals(Optional.of(RecordingFormat.MP3), RecordingFormat.sniff(RecordingFixtures.id3Only()));
    }

    @Test
    void sniff_textPngZipAndEmpty_notRecognised() throws Exception {
        assertEquals(Optional.empty(), RecordingFormat.sniff("RIFF but not".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), RecordingFormat.sniff(RecordingFixtures.png()));
        assertEquals(Optional.empty(), RecordingFormat.sniff(RecordingFixtures.zip()));
        assertEquals(Optional.empty(), RecordingFormat.sniff(new byte[0]));
    }

    @Test
    void acceptedContentType_audioTypesWithParameters_accepted() {
        assertTrue(RecordingFormat.acceptedContentType("audio/wav"));
        assertTrue(RecordingFormat.acceptedContentType("Audio/X-WAV"));
        assertTrue(RecordingFormat.acceptedContentType("audio/wave; codecs=1"));
        assertTrue(RecordingFormat.acceptedContentType("audio/mpeg"));
    }

    @Test
    void acceptedContentType_othersOrNone_refused() {
        assertFalse(RecordingFormat.acceptedContentType(null));
        assertFalse(RecordingFormat.acceptedContentType("application/octet-stream"));
        assertFalse(RecordingFormat.acceptedContentType("audio/ogg"));
        assertFalse(RecordingFormat.acceptedContentType("text/plain"));
    }
}
