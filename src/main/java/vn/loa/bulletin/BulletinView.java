package vn.loa.bulletin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A bulletin as the API shows it. {@code kind} is {@code text} (spoken by Loa) or {@code recorded} (an uploaded
 * recording, described by {@code recording}; the text is then its Vietnamese summary). {@code templateId} and
 * {@code templateApprovalId} are set on a bulletin sent from an emergency template: the template and the approval
 * that approved it. {@code public}: whether it goes on its commune's public page once played there.
 * {@code capOrigin}: the CAP alert it came from ("sender · identifier"), for a bulletin made from one.
 * {@code sourceUrl}: the e-portal article it was drafted from (an http(s) link), for a bulletin made from one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulletinView(long id, String title, String text, String language, Priority priority,
        BulletinState state, String author, Long areaId, Long revisionOf, Instant createdAt, Instant updatedAt,
        Instant submittedAt, String decidedBy, Instant decidedAt, String rejectionReason, Audio audio, String kind,
        RecordingInfo recording, String voice, Integer rateWpm, Long templateId, Long templateApprovalId,
        @JsonProperty("public") boolean publicPage, String capOrigin, String sourceUrl) {

    /** The approved audio: where to fetch it and what it is. */
    public record Audio(String sha256, long bytes, long durationMs, String url) {
    }

    /**
     * The uploaded recording of a recorded bulletin ({@code kind} {@code recorded}).
     *
     * @param name   the uploader's file name, sanitized
     * @param format {@code wav} or {@code mp3}, as recognised from the bytes
     * @param url    where the author, approvers, officials and admins listen to the original
     */
    public record RecordingInfo(String name, String format, long bytes, long durationMs, String url) {
    }

    static BulletinView of(final Bulletin b) {
        final Audio audio = b.audioSha256 == null ? null
                : new Audio(b.audioSha256, b.audioBytes, b.audioDurationMs, "/api/audio/" + b.audioSha256 + ".mp3");
        return new BulletinView(b.id, b.title, b.text, b.language, b.priority, b.state, b.author, b.areaId, b.revisionOf,
                b.createdAt, b.updatedAt, b.submittedAt, b.decidedBy, b.decidedAt, b.rejectionReason, audio,
                b.recorded() ? "recorded" : "text", recording(b), b.voice, b.rateWpm,
                b.templateId, b.templateApprovalId, b.shownInPublic(), b.capOrigin, b.sourceUrl);
    }

    private static RecordingInfo recording(final Bulletin b) {
        return b.recorded() ? new RecordingInfo(b.recordingName, b.recordingFormat, b.recordingBytes,
                b.recordingDurationMs, "/api/bulletins/" + b.id + "/recording") : null;
    }
}
