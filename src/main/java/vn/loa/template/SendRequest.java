package vn.loa.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.loa.broadcast.BroadcastRequest;

/**
 * Body of {@code POST /api/templates/{id}/send}: a value for each blank ({@code {"thon": "Thôn Mỏ Sài"}}), whom to
 * play on (the shape of {@code POST /api/broadcasts}' targets), and optionally until when a late receiver may still
 * play it (default: the broadcasts' default validity).
 */
public record SendRequest(
        @NotNull @Size(max = EmergencyTemplate.MAX_BLANKS) Map<String, String> fills,
        @NotNull @Valid BroadcastRequest.Targets targets,
        OffsetDateTime expiresAt) {
}
