package vn.loa.broadcast;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of {@code POST /api/broadcasts}. Times are ISO-8601 with an offset ({@code 2026-12-06T13:30:00+07:00}).
 * {@code expiresAt} defaults to {@code playAt} plus {@code loa.dispatch.default-validity}.
 */
public record BroadcastRequest(
        @NotNull Long bulletinId,
        @NotNull @Valid Targets targets,
        @NotNull OffsetDateTime playAt,
        OffsetDateTime expiresAt) {

    /**
     * Whom to play on: any mix of single receivers, whole communes and villages by name (a village is named in its
     * commune), and areas by id (every receiver in the area and below). All must lie in the scheduler's area.
     */
    public record Targets(
            @Size(max = 1000) List<@NotBlank @Size(max = 63) String> receivers,
            @Size(max = 100) List<@NotBlank @Size(max = 120) String> communes,
            @Size(max = 200) List<@Valid @NotNull Village> villages,
            @Size(max = 200) List<@NotNull Long> areas) {

        /** Targets by name only, as before areas existed. */
        public Targets(final List<String> receivers, final List<String> communes, final List<Village> villages) {
            this(receivers, communes, villages, null);
        }

        boolean isEmpty() {
            return empty(receivers) && empty(communes) && empty(villages) && empty(areas);
        }

        private static boolean empty(final List<?> l) {
            return l == null || l.isEmpty();
        }
    }

    public record Village(@NotBlank @Size(max = 120) String commune, @NotBlank @Size(max = 120) String village) {
    }
}
