package vn.loa.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of a create or edit request. Limits are documented in the README (title 200, text 5000 characters). The
 * language is a code ({@code vi}, {@code en}, {@code hmn}...) or, for a recorded bulletin, a name; a text bulletin
 * with a name instead of a code is refused at submission ({@link Languages}).
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
        Long areaId) {
}
