package vn.loa.app;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Supplies {@value #ABSOLUTE}: {@code loa.data-dir} made absolute against the working directory. The H2 URL is
 * built from it ({@code jdbc:h2:file:${loa.data-dir.absolute}/loa}), because H2 refuses an implicitly relative file
 * path and a {@code ./} prefix would turn an absolute data directory into a relative one.
 */
@Priority(DataDirInterceptor.PRIORITY)
public final class DataDirInterceptor implements ConfigSourceInterceptor {

    static final String DATA_DIR = "loa.data-dir";
    static final String ABSOLUTE = "loa.data-dir.absolute";
    /** Below SmallRye's own interceptors (profiles, expressions): they run first and ask this one. */
    static final int PRIORITY = 100;

    @Override
    public ConfigValue getValue(final ConfigSourceInterceptorContext context, final String name) {
        if (!ABSOLUTE.equals(name)) {
            return context.proceed(name);
        }
        // restart: through the whole chain, so a profile (%test.loa.data-dir) and expressions apply
        final ConfigValue dir = context.restart(DATA_DIR);
        if (dir == null || dir.getValue() == null) {
            return null;
        }
        return dir.from().withName(ABSOLUTE).withValue(absolute(dir.getValue())).build();
    }

    @Override
    public Iterator<String> iterateNames(final ConfigSourceInterceptorContext context) {
        return context.iterateNames();
    }

    /**
     * @return {@code dir} as an absolute, normalised path with forward slashes (H2 takes them on every system)
     * @throws IllegalArgumentException for text that is not a path
     */
    static String absolute(final String dir) {
        if (dir.isBlank()) {
            throw new IllegalArgumentException(DATA_DIR + " is blank");
        }
        try {
            return Path.of(dir.trim()).toAbsolutePath().normalize().toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(DATA_DIR + " is not a path: '" + dir + "'", e);
        }
    }
}
