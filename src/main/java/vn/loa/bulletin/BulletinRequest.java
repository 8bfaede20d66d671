package vn.loa.bulletin;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.loa.audio.SpeechSettings;

/**
 * Body of a create or edit request. Limits are documented in the README (title 200, text 5000 characters). The
 * language is a code ({@code vi}, {@code en}, {@code hmn}...) or, for a recorded bulletin, a name; a text bulletin
 * with a name instead of a code is refused at submission ({@link Languages}). {@code voice} and {@code rateWpm} say
 * how a text bulletin is spoken (null: the language's default voice, the default rate; {@code GET /api/voices} lists
 * them); the voice is checked against the language when the bulletin is written. A recorded bulletin ignores both.
 * {@code public} says whether the bulletin goes on its commune's public page once played (absent: on creation the
 * kind's default, text public and a recording not; on an edit unchanged).
 */
public record BulletinRequest(
        @NotBlank @Size(max = Bulletin.MAX_TITLE)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line without control characters") String title,
        @NotBlank @Size(max = Bulletin.MAX_TEXT) String text,
        @NotBlank @Size(max = Languages.MAX_CHARS) @Pattern(regexp = "[^\\p{C}]*",
                message = "must be a language code such as vi, en or hmn, or for a recorded bulletin a name such as"
                        + " Dao Đỏ, without control characters") String language,
        @NotNull Priority priority,
        /** The area the bulletin is for, within the author's; null: the author's own area. */
        Long areaId,
        @Size(max = 40) String voice,
        @Min(SpeechSettings.MIN_RATE_WPM) @Max(SpeechSettings.MAX_RATE_WPM) Integer rateWpm,
        @JsonProperty("public") Boolean publicPage) {

    /** Without a public choice: the kind's default on creation, unchanged on an edit. */
    public BulletinRequest(final String title, final String text, final String language, final Priority priority,
            final Long areaId, final String voice, final Integer rateWpm) {
        this(title, text, language, priority, areaId, voice, rateWpm, null);
    }

    /** Without speech settings: the language's default voice at the default rate. */
    public BulletinRequest(final String title, final String text, final String language, final Priority priority,
            final Long areaId) {
        this(title, text, language, priority, areaId, null, null, null);
    }
}
