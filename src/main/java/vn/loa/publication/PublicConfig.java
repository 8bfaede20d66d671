package vn.loa.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The public commune pages and podcast feeds ({@code /c/{slug}}). */
@ConfigMapping(prefix = "loa.public")
public interface PublicConfig {

    /**
     * The address the public reaches Loa at ({@code https://loa.example.vn}), for the feed's absolute links and
     * enclosures; absent: taken from each request (scheme and Host header).
     */
    Optional<String> baseUrl();

    /** Bulletins on one page, newest first; older ones are on the next pages. */
    @WithDefault("10")
    int pageSize();

    /** Bulletins in a podcast feed, newest first. */
    @WithDefault("100")
    int feedSize();

    /** How long browsers and caches may keep a page or feed ({@code Cache-Control: max-age}). */
    @WithDefault("PT5M")
    Duration maxAge();
}
