package vn.loa.audio;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the espeak-ng program is, if anywhere. Looked up afresh on every call (a directory scan, microseconds) so
 * that installing espeak-ng on a running controller makes Vietnamese speech available without a restart.
 */
final class EspeakBinary {

    /** What to tell an operator whose controller cannot speak Vietnamese (Debian and Ubuntu package name). */
    static final String INSTALL_HINT = "install it with 'sudo apt-get install espeak-ng', or set "
            + "loa.audio.espeak-path to the espeak-ng program";

    private final String configured;
    private final String searchPath;

    /**
     * @param configured a bare program name, looked up on {@code searchPath}, or a path containing a slash
     * @param searchPath directories separated by {@link File#pathSeparator}, as in the {@code PATH} variable
     */
    EspeakBinary(final String configured, final String searchPath) {
        this.configured = configured;
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    static EspeakBinary onSystemPath(final String configured) {
        return new EspeakBinary(configured, System.getenv("PATH"));
    }

    String configured() {
        return configured;
    }

    /** @return the executable file, or empty when there is none to run */
    Optional<Path> locate() {
        try {
            if (configured.contains("/") || configured.contains(File.separator)) {
                return executable(Path.of(configured));
            }
            for (final String dir : searchPath.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    final Optional<Path> found = executable(Path.of(dir, configured));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Why {@link #locate()} found nothing, in words for the operator. */
    String missingReason() {
        return "espeak-ng, which speaks Vietnamese, was not found (loa.audio.espeak-path=" + configured
                + ", not an executable file" + (configured.contains("/") ? "" : " on PATH") + "); " + INSTALL_HINT;
    }

    private static Optional<Path> executable(final Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                ? Optional.of(candidate.toAbsolutePath())
                : Optional.empty();
    }
}
