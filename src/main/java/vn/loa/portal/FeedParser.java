package vn.loa.portal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds read by Rome, hardened: a document with a DOCTYPE is refused, so no external
 * entity or entity expansion is ever read. Items come out as plain text with a safe (http or https) link.
 */
final class FeedParser {

    /** An item of a feed: its key (SHA-256 of guid, link or title), title and text in plain text, its link. */
    record Item(String key, String title, String link, String text, Instant published) {
    }

    /** A document that is not a feed Loa accepts; the message says why in plain words. */
    static final class Refused extends Exception {
        Refused(final String message) {
            super(message);
        }
    }

    private FeedParser() {
    }

    /**
     * The first {@code max} items of a feed.
     *
     * @param base the feed's address, against which relative links are resolved
     */
    static List<Item> parse(final byte[] bytes, final URI base, final int max) throws Refused {
        final SyndFeed feed;
        try {
            final SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true));
        } catch (Exception e) {
            final String why = String.valueOf(e.getMessage());
            if (why.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                throw new Refused("refused: the document declares a DOCTYPE (entities are never read) / "
                        + "từ chối: tài liệu có khai báo DOCTYPE");
            }
            throw new Refused("not an RSS or Atom feed / không phải nguồn tin RSS hay Atom: " + shorten(why));
        }
        final List<Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            if (items.size() >= max) {
                break;
            }
            final String link = safeLink(base, e.getLink());
            final String title = cut(HtmlText.line(e.getTitle()), PortalArticle.MAX_TITLE);
            final String text = cut(HtmlText.plain(html(e)), PortalArticle.MAX_BODY);
            if (title.isEmpty() && text.isEmpty()) {
                continue;
            }
            final String identity = first(e.getUri(), e.getLink(), title + "\n" + text);
            items.add(new Item(sha256(identity), title.isEmpty() ? cut(HtmlText.line(text), PortalArticle.MAX_TITLE)
                    : title, link, text, instant(e.getPublishedDate() != null ? e.getPublishedDate()
                            : e.getUpdatedDate())));
        }
        return items;
    }

    /** The longest of the item's contents (Atom content, RSS content:encoded) and its description or summary. */
    private static String html(final SyndEntry e) {
        String best = e.getDescription() == null ? "" : String.valueOf(e.getDescription().getValue());
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && c.getValue().length() > best.length()) {
                best = c.getValue();
            }
        }
        return best;
    }

    /** An absolute http(s) link, or null: never {@code javascript:} or {@code data:} on a page. */
    static String safeLink(final URI base, final String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            final URI u = base.resolve(link.strip());
            final String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            final String s = u.toString();
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
                    && s.length() <= PortalFeed.MAX_URL ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(final String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }

    private static Instant instant(final Date d) {
        return d == null ? null : d.toInstant();
    }

    static String cut(final String s, final int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String shorten(final String s) {
        final String line = s.replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static String sha256(final String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
