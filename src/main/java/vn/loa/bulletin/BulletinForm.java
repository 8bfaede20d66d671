package vn.loa.bulletin;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.loa.audio.SpeechSettings;
import vn.loa.audio.SpeechVoices;

/**
 * The compose form as posted: raw strings, so a page can show back exactly what was typed. The rules are the
 * API's ({@link BulletinRequest}'s constraints, checked by the same validator); this class only turns their
 * violations into sentences in the page's language. An empty voice or rate means the language's default voice, the
 * default rate; whether the voice fits the language is the service's check.
 */
record BulletinForm(String title, String text, String language, String priority, String voice, String rateWpm,
        boolean publicPage) {

    BulletinForm {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        language = language == null ? "" : language;
        priority = priority == null ? "" : priority;
        voice = voice == null ? "" : voice.strip();
        rateWpm = rateWpm == null ? "" : rateWpm.strip();
    }

    static BulletinForm empty() {
        return new BulletinForm("", "", "vi", Priority.ROUTINE.wire(), "", "", true);
    }

    static BulletinForm of(final Bulletin b) {
        return new BulletinForm(b.title, b.text, b.language, b.priority.wire(), b.voice,
                b.rateWpm == null ? "" : b.rateWpm.toString(), b.shownInPublic());
    }

    BulletinRequest toRequest() {
        return toRequest(null);
    }

    /**
     * The request with a public choice: the page passes null where the box says what the bulletin would be anyway
     * (the kind's default on a new bulletin, the current state on an edit), so a recording attached later to a text
     * whose box was simply left ticked still follows the recordings' default (not public).
     */
    BulletinRequest toRequest(final Boolean publicChoice) {
        Priority p;
        try {
            p = Priority.of(priority);
        } catch (IllegalArgumentException e) {
            p = null;
        }
        return new BulletinRequest(title, text, language, p, null, voice.isEmpty() ? null : voice, rate(),
                publicChoice);
    }

    /** The rule violations, in the order of the form's fields; empty when the request may go to the service. */
    List<String> errors(final Validator validator, final BulletinMessages m) {
        final List<String> errors = new ArrayList<>();
        validator.validate(toRequest()).stream()
                .sorted(Comparator.comparingInt(BulletinForm::fieldOrder))
                .forEach(v -> errors.add(sentence(v, m)));
        if (!rateWpm.isEmpty() && rate() == null) {
            errors.add(m.invalid(m.rate()));
        }
        voiceError(m).ifPresent(errors::add);
        return errors.stream().distinct().toList();
    }

    /**
     * The service refuses a voice of another language too ({@code SpeechVoices.check}); saying so here puts it in the
     * page's language, with the voices that would do.
     */
    private Optional<String> voiceError(final BulletinMessages m) {
        if (voice.isEmpty()) {
            return Optional.empty();
        }
        final List<String> voices = SpeechVoices.of(language.strip())
                .map(SpeechVoices.Language::voices).orElse(List.of());
        return voices.contains(voice) ? Optional.empty()
                : Optional.of(m.voiceNotSupported(voice, language,
                        voices.isEmpty() ? "–" : String.join(", ", voices)));
    }

    /** The rate typed, or null when empty or not a whole number (reported by {@link #errors}). */
    private Integer rate() {
        try {
            return rateWpm.isEmpty() ? null : Integer.valueOf(rateWpm);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String sentence(final ConstraintViolation<BulletinRequest> v, final BulletinMessages m) {
        final String field = v.getPropertyPath().toString();
        final String label = switch (field) {
            case "title" -> m.title();
            case "text" -> m.text();
            case "language" -> m.language();
            case "voice" -> m.voice();
            case "rateWpm" -> m.rate();
            default -> m.priority();
        };
        final Class<? extends Annotation> kind = v.getConstraintDescriptor().getAnnotation().annotationType();
        if (kind == NotNull.class && "priority".equals(field) && !priority.isBlank()) {
            return m.invalid(label);
        }
        if (kind == Min.class || kind == Max.class) {
            return m.rateRange(label, SpeechSettings.MIN_RATE_WPM, SpeechSettings.MAX_RATE_WPM);
        }
        if (kind == NotBlank.class || kind == NotNull.class) {
            return m.blank(label);
        }
        if (kind == Size.class && v.getInvalidValue() instanceof String s) {
            return m.tooLong(label, s.length(), (Integer) v.getConstraintDescriptor().getAttributes().get("max"));
        }
        return m.invalid(label);
    }

    private static int fieldOrder(final ConstraintViolation<BulletinRequest> v) {
        return List.of("title", "text", "language", "priority", "voice", "rateWpm")
                .indexOf(v.getPropertyPath().toString());
    }
}
