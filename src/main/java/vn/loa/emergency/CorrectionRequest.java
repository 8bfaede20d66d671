package vn.loa.emergency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.loa.bulletin.Bulletin;

/**
 * Body of a correction ({@code POST /api/emergencies/{id}/correction}, {@code POST /api/broadcasts/{id}/correction}):
 * the correction's text; {@code title} null: "Đính chính: " and the corrected bulletin's title; {@code language}
 * null: the corrected bulletin's.
 */
public record CorrectionRequest(
        @Size(max = Bulletin.MAX_TITLE)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line without control characters") String title,
        @NotBlank @Size(max = Bulletin.MAX_TEXT) String text,
        @Size(max = 35) @Pattern(regexp = "[a-z]{2,3}", message = "must be a language code such as vi or en")
        String language) {
}
