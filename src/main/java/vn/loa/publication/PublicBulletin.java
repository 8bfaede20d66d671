package vn.loa.publication;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A bulletin as the public sees it: nothing else (no author, receiver, state or area) ever leaves this package.
 *
 * @param id          the bulletin's id, for the stable GUID and the page anchor
 * @param playedAt    when it was first heard in the commune
 * @param audioSha256 the approved MP3 ({@code /api/audio/<sha256>.mp3})
 * @param audioBytes  the MP3's length in bytes (the enclosure's length)
 * @param durationMs  the MP3's playing time, milliseconds; null when unknown
 */
public record PublicBulletin(long id, String title, String text, Instant playedAt, String audioSha256,
        long audioBytes, Long durationMs) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy", Locale.ROOT)
            .withZone(ZONE);

    /** {@code 07:00, 06/12/2026}, in the communes' time (as people there read a date). */
    public String played() {
        return SHOWN.format(playedAt);
    }

    /** For {@code <time datetime>}: RFC 3339 with the communes' offset. */
    public String playedIso() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(playedAt.atZone(ZONE).withNano(0));
    }

    /** The audio's path on this server. */
    public String audioPath() {
        return "/api/audio/" + audioSha256 + ".mp3";
    }
}
