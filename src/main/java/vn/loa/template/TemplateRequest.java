package vn.loa.template;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.loa.audio.SpeechSettings;
import vn.loa.bulletin.Priority;

/**
 * Body of a create or edit request for a template. The text holds blanks as {@code {name}} ({@link TemplateText});
 * {@code blanks} declares each one used, exactly once: its name, label and kind with bounds ({@link Blank}). The
 * language is {@code vi} or {@code en} (a template is spoken); the priority {@code emergency} or {@code important};
 * {@code areaId} where it may be used (null: the author's area).
 */
public record TemplateRequest(
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line without control characters") String title,
        @NotBlank @Size(max = EmergencyTemplate.MAX_TEXT) String text,
        @NotNull @Size(max = EmergencyTemplate.MAX_BLANKS) List<@NotNull Blank> blanks,
        @NotBlank @Pattern(regexp = "vi|en", message = "must be vi or en") String language,
        @NotNull Priority priority,
        Long areaId,
        @Size(max = 40) String voice,
        @Min(SpeechSettings.MIN_RATE_WPM) @Max(SpeechSettings.MAX_RATE_WPM) Integer rateWpm) {
}
