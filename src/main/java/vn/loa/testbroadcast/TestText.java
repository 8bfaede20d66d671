package vn.loa.testbroadcast;

import java.util.Map;
import vn.loa.error.InvalidInputException;

/**
 * The fixed content of a test broadcast: its title and sentence per language. Nobody writes it, so nobody but the
 * administrator who switches the schedule on needs to approve it (see {@link TestScheduleService}). The chime before
 * and after comes from the ordinary playout layout, as for every bulletin.
 */
public final class TestText {

    private static final Map<String, String[]> TEXTS = Map.of(
            "vi", new String[] {"Bản tin thử nghiệm", "Đây là bản tin thử nghiệm của hệ thống truyền thanh."},
            "en", new String[] {"Test broadcast", "This is a test broadcast of the loudspeaker system."});

    private TestText() {
    }

    /** @throws InvalidInputException {@code invalid-language} for anything but {@code vi} or {@code en} */
    static String check(final String language) {
        if (language == null || !TEXTS.containsKey(language.strip())) {
            throw new InvalidInputException("invalid-language", "language must be vi or en, the languages the test "
                    + "sentence is written in");
        }
        return language.strip();
    }

    public static String title(final String language) {
        return TEXTS.get(check(language))[0];
    }

    public static String sentence(final String language) {
        return TEXTS.get(check(language))[1];
    }
}
