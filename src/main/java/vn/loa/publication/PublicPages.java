package vn.loa.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.loa.area.Area;
import vn.loa.web.UiLanguage;

/**
 * A commune's public page, {@code /c/{slug}}, and its podcast, {@code /c/{slug}/podcast.rss}: no login, no script, no
 * outside resource; only what {@link PublicBulletins} lets out. An unknown or archived commune, or a page number that
 * does not exist, is a plain HTML 404 page. Vietnamese by default, English with {@code ?lang=en} (no cookie: the
 * address alone says the language, so caches keep each apart).
 */
@Path("/c")
@PermitAll
public class PublicPages {

    static final String HTML = "text/html;charset=UTF-8";
    static final String RSS = "application/rss+xml;charset=UTF-8";
    /** The highest page number asked for that is still read as one; beyond it a 404. */
    private static final int MAX_PAGE = 10_000;
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance commune(String lang, String commune, List<PublicBulletin> bulletins,
                String switchHref, String feedHref, String newerHref, String olderHref);

        static native TemplateInstance notFound(String lang);
    }

    @Inject
    PublicBulletins bulletins;

    @Inject
    PublicConfig config;

    @Inject
    HttpServerRequest request;

    @Inject
    Clock clock;

    @GET
    @Path("{slug}")
    @Transactional
    public Response page(@PathParam("slug") final String slug, @QueryParam("lang") final String lang,
            @QueryParam("p") final String p) {
        final UiLanguage language = language(lang);
        final Optional<Area> commune = bulletins.commune(slug);
        final int page = p == null ? 1 : PAGE_NUMBER.matcher(p).matches() ? Integer.parseInt(p) : -1;
        if (commune.isEmpty() || page < 1 || page > MAX_PAGE) {
            return notFound(language);
        }
        final int size = config.pageSize();
        // one more than a page: tells whether an older page exists
        final List<PublicBulletin> found = bulletins.of(commune.get(), (page - 1) * size, size + 1);
        if (page > 1 && found.isEmpty()) {
            return notFound(language);
        }
        final String base = "/c/" + slug;
        final String en = language == UiLanguage.en ? "lang=en" : null;
        final TemplateInstance html = Templates.commune(language.name(), commune.get().name,
                found.subList(0, Math.min(size, found.size())),
                href(base, language == UiLanguage.en ? null : "lang=en", page > 1 ? "p=" + page : null),
                href(base + "/podcast.rss", en, null),
                page > 1 ? href(base, en, page > 2 ? "p=" + (page - 1) : null) : null,
                found.size() > size ? href(base, en, "p=" + (page + 1)) : null);
        html.setLocale(language.locale());
        return cached(Response.ok(html.render(), HTML)).build();
    }

    @GET
    @Path("{slug}/podcast.rss")
    @Transactional
    public Response feed(@PathParam("slug") final String slug, @QueryParam("lang") final String lang) {
        final UiLanguage language = language(lang);
        final Optional<Area> commune = bulletins.commune(slug);
        if (commune.isEmpty()) {
            return notFound(language);
        }
        final List<PublicBulletin> items = bulletins.of(commune.get(), 0, config.feedSize());
        final PublicMessages words = language == UiLanguage.en
                ? MessageBundles.get(PublicMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(PublicMessages.class);
        final String xml = PodcastFeed.write(base(), slug, commune.get().name, words, language.name(), items,
                items.isEmpty() ? clock.instant() : items.get(0).playedAt());
        return cached(Response.ok(xml, RSS)).build();
    }

    private Response notFound(final UiLanguage language) {
        final TemplateInstance html = Templates.notFound(language.name());
        html.setLocale(language.locale());
        return Response.status(Response.Status.NOT_FOUND).type(HTML).entity(html.render())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** Only {@code ?lang=}: the public pages set no cookie and read none. */
    private static UiLanguage language(final String lang) {
        return UiLanguage.choose(lang, null);
    }

    /** Short-lived caching, shared caches too: the answer is the same for everyone and sets no cookie ({@link NoCookies}). */
    private Response.ResponseBuilder cached(final Response.ResponseBuilder answer) {
        return answer.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.maxAge().toSeconds());
    }

    /** The public base URL: configured, else this request's scheme and host. */
    private String base() {
        return config.baseUrl().map(PublicPages::trimSlash).orElseGet(() -> {
            final io.vertx.core.net.HostAndPort authority = request.authority();
            if (authority == null) { // HTTP/1.0 without Host: the address this server was reached at
                final java.net.URI uri = java.net.URI.create(request.absoluteURI());
                return uri.getScheme() + "://" + uri.getRawAuthority();
            }
            return request.scheme() + "://" + authority.host() + (authority.port() < 0 ? "" : ":" + authority.port());
        });
    }

    static String trimSlash(final String url) {
        return url.replaceAll("/+$", "");
    }

    private static String href(final String path, final String first, final String second) {
        final StringBuilder s = new StringBuilder(path);
        String sep = "?";
        for (String q : new String[] {first, second}) {
            if (q != null) {
                s.append(sep).append(q);
                sep = "&";
            }
        }
        return s.toString();
    }
}
