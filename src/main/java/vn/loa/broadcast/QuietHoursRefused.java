package vn.loa.broadcast;

import vn.loa.error.InvalidInputException;

/**
 * A routine or important broadcast would play in the quiet hours of a targeted area (issue 10 item 3): code
 * {@code quiet-hours}, 400. Carries the window and the area for the schedule page's own words.
 *
 * @see vn.loa.area.QuietHoursPolicy
 */
public final class QuietHoursRefused extends InvalidInputException {

    private final String window;
    private final String area;
    private final String play;

    public QuietHoursRefused(final String window, final String area, final String play, final String priority) {
        super("quiet-hours", "the " + priority + " broadcast would play " + play + " (Asia/Ho_Chi_Minh), inside the "
                + "quiet hours " + window + " of area " + area + "; only emergencies play in quiet hours: choose "
                + "another time");
        this.window = window;
        this.area = area;
        this.play = play;
    }

    /** {@code 21:00–05:00}. */
    public String window() {
        return window;
    }

    /** The path of the area that sets the window, or {@code default}. */
    public String area() {
        return area;
    }

    /** When it would play, local time: {@code 21:30–21:31}. */
    public String play() {
        return play;
    }
}
