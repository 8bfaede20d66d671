package vn.loa.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times on pages: every instant is shown in the communes' zone, Asia/Ho_Chi_Minh, as {@code 06/12/2026 13:30:05}.
 * Templates write {@code {hcm:time(b.playAt)}}; an absent time shows as a dash.
 */
@TemplateExtension(namespace = "hcm")
public final class TimeFormat {

    /** The zone in which people enter and read times. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private TimeFormat() {
    }

    public static String time(final Instant instant) {
        return instant == null ? "–" : FORMAT.format(instant);
    }
}
