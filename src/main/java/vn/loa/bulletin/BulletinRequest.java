package vn.loa.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of a create or edit request. Limits are documented in the README (title 200, text 5000 characters). */
public record BulletinRequest(
        @NotBlank @Size(max = Bulletin.MAX_TITLE)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line without control characters") String title,
        @NotBlank @Size(max = Bulletin.MAX_TEXT) String text,
        @NotBlank @Size(max = 35) @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                message = "must be a language tag such as en, vi or hmn") String language,
        @NotNull Priority priority,
        /** The area the bulletin is for, within the author's; null: the author's own area. */
        Long areaId) {
}
