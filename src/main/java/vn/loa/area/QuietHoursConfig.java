package vn.loa.area;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Quiet hours where no area sets its own (issue 10 item 3). */
@ConfigMapping(prefix = "loa.quiet-hours")
public interface QuietHoursConfig {

    /**
     * The window of an area whose path sets none, {@code HH:MM-HH:MM} local time (Asia/Ho_Chi_Minh), or
     * {@code none} for no default (then only areas that set a window have one).
     */
    @WithDefault("21:00-05:00")
    String defaultWindow();
}
