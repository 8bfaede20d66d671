package vn.loa.bulletin;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compose form as posted: raw strings, so a page can show back exactly what was typed. The rules are the
 * API's ({@link BulletinRequest}'s constraints, checked by the same validator); this class only turns their
 * violations into sentences in the page's language.
 */
record BulletinForm(String title, String text, String language, String priority) {

    BulletinForm {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        language = language == null ? "" : language;
        priority = priority == null ? "" : priority;
    }

    static BulletinForm empty() {
        return new BulletinForm("", "", "vi", Priority.ROUTINE.wire());
    }

    static BulletinForm of(final Bulletin b) {
        return new BulletinForm(b.title, b.text, b.language, b.priority.wire());
    }

    BulletinRequest toRequest() {
        Priority p;
        try {
            p = Priority.of(priority);
        } catch (IllegalArgumentException e) {
            p = null;
        }
        return new BulletinRequest(title, text, language, p, null);
    }

    /** The rule violations, in the order of the form's fields; empty when the request may go to the service. */
    List<String> errors(final Validator validator, final BulletinMessages m) {
        final List<String> errors = new ArrayList<>();
        validator.validate(toRequest()).stream()
                .sorted(Comparator.comparingInt(BulletinForm::fieldOrder))
                .forEach(v -> errors.add(sentence(v, m)));
        return errors.stream().distinct().toList();
    }

    private String sentence(final ConstraintViolation<BulletinRequest> v, final BulletinMessages m) {
        final String field = v.getPropertyPath().toString();
        final String label = switch (field) {
            case "title" -> m.title();
            case "text" -> m.text();
            case "language" -> m.language();
            default -> m.priority();
        };
        final Class<? extends Annotation> kind = v.getConstraintDescriptor().getAnnotation().annotationType();
        if (kind == NotNull.class && "priority".equals(field) && !priority.isBlank()) {
            return m.invalid(label);
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
        return List.of("title", "text", "language", "priority").indexOf(v.getPropertyPath().toString());
    }
}
