package vn.loa.emergency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.bulletin.Bulletin;

/**
 * Body of {@code POST /api/emergencies}: a text to speak, or with {@code recordingId} the recording of one of the
 * sender's own draft bulletins (uploaded with {@code PUT /api/bulletins/{id}/recording}); the text is then its
 * Vietnamese summary, as for any recorded bulletin. {@code targets} as for a broadcast; {@code expiresAt} null: the
 * default validity from the moment of approval. The title and text limits are a bulletin's.
 */
public record EmergencyRequest(
        @NotBlank @Size(max = Bulletin.MAX_TITLE)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line without control characters") String title,
        @NotBlank @Size(max = Bulletin.MAX_TEXT) String text,
        Long recordingId,
        @NotBlank @Size(max = 35) @Pattern(regexp = "[^\\p{C}]*", message = "must be a language code such as vi or en,"
                + " or for a recording a name, without control characters") String language,
        @Size(max = 40) String voice,
        @NotNull @Valid BroadcastRequest.Targets targets,
        OffsetDateTime expiresAt) {
}
