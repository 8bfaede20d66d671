package vn.loa.audio;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v24Tag;
import com.mpatric.mp3agic.ID3v2Frame;
import com.mpatric.mp3agic.ID3v2FrameSet;
import com.mpatric.mp3agic.NotSupportedException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The ID3v2.4 tag Loa puts in front of every MP3: the bulletin title in the standard title frame (TIT2), the
 * language in TLAN, and the bulletin id, approver and approval time in user-defined text frames (TXXX,
 * ID3v2.4 "id3v2.4.0-frames" section 4.2.6), described {@code LOA_BULLETIN_ID}, {@code LOA_APPROVER} and
 * {@code LOA_APPROVED_AT}. A language that is no ISO 639 code (a recorded bulletin in "Dao Đỏ") is tagged TLAN
 * {@code und} plus a TXXX frame {@code LOA_LANGUAGE} with the name as written.
 *
 * <p>Why TXXX: no standard frame means "bulletin id" or "approved by"; borrowing TPUB or TDRL would mislead every
 * other tool that reads the file. mp3agic 0.9.1 has no API for TXXX frames, but its tag classes accept any frame
 * through the protected {@code addFrame}, so this subclass builds the frame bytes itself.
 *
 * <p>Every text is written as UTF-8 (encoding byte 3, allowed from ID3v2.4 on): Vietnamese titles survive, and
 * mp3agic's own {@code getTitle()} reads them back.
 */
final class BulletinTag extends ID3v24Tag {

    static final String BULLETIN_ID = "LOA_BULLETIN_ID";
    static final String APPROVER = "LOA_APPROVER";
    static final String APPROVED_AT = "LOA_APPROVED_AT";
    /** The bulletin's language as written, when it is free text ("Dao Đỏ") and TLAN says {@code und}. */
    static final String LANGUAGE = "LOA_LANGUAGE";
    /** The speech engine's voice name ({@code vi-vn-x-south}), the language's default when the bulletin named none. */
    static final String VOICE = "LOA_VOICE";
    /** The speaking rate, in words per minute. */
    static final String RATE_WPM = "LOA_RATE_WPM";

    private static final String TITLE_FRAME = "TIT2";
    static final String LANGUAGE_FRAME = "TLAN";
    private static final String USER_TEXT_FRAME = "TXXX";
    private static final byte UTF_8 = 3; // ID3v2.4 text encoding byte
    private static final byte ISO_8859_1 = 0;

    private BulletinTag() {
    }

    /** A tag without speech settings, as for a recorded bulletin. */
    static BulletinTag of(final AudioRequest request, final String iso639Language) {
        return of(request, iso639Language, null);
    }

    /**
     * @param iso639Language three-letter ISO 639-2 code, as TLAN requires
     * @param spoken         the voice (resolved: never the "default" null, unless the engine names none) and rate the
     *                       text was spoken with; {@code null} for a recording
     */
    static BulletinTag of(final AudioRequest request, final String iso639Language, final SpeechSettings spoken) {
        final BulletinTag tag = new BulletinTag();
        tag.putText(TITLE_FRAME, request.title());
        tag.putText(LANGUAGE_FRAME, iso639Language);
        tag.putUserText(BULLETIN_ID, Long.toString(request.bulletinId()));
        tag.putUserText(APPROVER, request.approver());
        tag.putUserText(APPROVED_AT, request.approvedAt().toString());
        if (Id3Language.UNDETERMINED.equals(iso639Language)) {
            tag.putUserText(LANGUAGE, request.language());
        }
        if (spoken != null) {
            if (spoken.voice() != null) {
                tag.putUserText(VOICE, spoken.voice());
            }
            tag.putUserText(RATE_WPM, Integer.toString(spoken.rateWpm()));
        }
        return tag;
    }

    /** The tag followed by the MPEG frames: a complete tagged MP3 file. */
    byte[] prependTo(final byte[] mp3) {
        try {
            final byte[] tag = toBytes();
            final byte[] file = new byte[tag.length + mp3.length];
            System.arraycopy(tag, 0, file, 0, tag.length);
            System.arraycopy(mp3, 0, file, tag.length, mp3.length);
            return file;
        } catch (NotSupportedException e) {
            throw new IllegalStateException("mp3agic cannot pack the ID3 tag", e);
        }
    }

    /**
     * Reads the TXXX frames of any ID3v2 tag (as returned by mp3agic's {@code Mp3File}) that use ISO-8859-1 or
     * UTF-8, the two encodings with a one-byte terminator. Others are skipped; Loa never writes them.
     *
     * @return description to value
     */
    static Map<String, String> userTexts(final ID3v2 tag) {
        final Map<String, String> texts = new HashMap<>();
        final ID3v2FrameSet frames = tag.getFrameSets().get(USER_TEXT_FRAME);
        if (frames == null) {
            return texts;
        }
        for (final ID3v2Frame frame : frames.getFrames()) {
            final byte[] data = frame.getData();
            if (data.length < 2 || (data[0] != UTF_8 && data[0] != ISO_8859_1)) {
                continue;
            }
            final var charset = data[0] == UTF_8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            int end = 1;
            while (end < data.length && data[end] != 0) {
                end++;
            }
            if (end == data.length) {
                continue;
            }
            final String description = new String(data, 1, end - 1, charset);
            int valueEnd = data.length;
            while (valueEnd > end + 1 && data[valueEnd - 1] == 0) { // an optional terminator after the value
                valueEnd--;
            }
            texts.put(description, new String(data, end + 1, valueEnd - end - 1, charset));
        }
        return texts;
    }

    /** The text of a standard text frame (TIT2, TLAN...) written in ISO-8859-1 or UTF-8; null when absent. */
    static String text(final ID3v2 tag, final String frameId) {
        final ID3v2FrameSet frames = tag.getFrameSets().get(frameId);
        if (frames == null || frames.getFrames().isEmpty()) {
            return null;
        }
        final byte[] data = frames.getFrames().get(0).getData();
        if (data.length < 1 || (data[0] != UTF_8 && data[0] != ISO_8859_1)) {
            return null;
        }
        int end = data.length;
        while (end > 1 && data[end - 1] == 0) {
            end--;
        }
        return new String(data, 1, end - 1, data[0] == UTF_8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private void putText(final String frameId, final String value) {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(UTF_8);
        data.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        invalidateDataLength();
        addFrame(createFrame(frameId, data.toByteArray()), true);
    }

    /** TXXX: encoding byte, description, a zero terminator, value. Several TXXX frames may coexist. */
    private void putUserText(final String description, final String value) {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(UTF_8);
        data.writeBytes(description.getBytes(StandardCharsets.UTF_8));
        data.write(0);
        data.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        invalidateDataLength();
        addFrame(createFrame(USER_TEXT_FRAME, data.toByteArray()), false);
    }
}
