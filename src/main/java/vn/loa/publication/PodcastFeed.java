package vn.loa.publication;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.itunes.EntryInformationImpl;
import com.rometools.modules.itunes.FeedInformationImpl;
import com.rometools.modules.itunes.types.Category;
import com.rometools.modules.itunes.types.Duration;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A commune's podcast: RSS 2.0 written with Rome (the only package that imports it), with the iTunes tags podcast
 * apps read (author, owner, summary, image, category, explicit, type; per episode duration, summary, explicit,
 * episode type) and an {@code atom:link rel="self"}. Each bulletin is an episode whose enclosure is its MP3
 * (absolute URL, length in bytes, {@code audio/mpeg}) and whose GUID, {@code loa:<slug>:bulletin:<id>}, never
 * changes (not a permalink: the base URL may).
 */
final class PodcastFeed {

    /** The enclosure's type. */
    static final String MP3 = "audio/mpeg";
    /** The podcast's artwork, a static file (1400×1400 PNG, as podcast directories ask). */
    static final String ARTWORK = "/img/podcast.png";

    private PodcastFeed() {
    }

    /**
     * The feed as XML.
     *
     * @param base    the public base URL, no trailing slash ({@code https://loa.example.vn})
     * @param words   the feed's words in its language
     * @param updated the newest bulletin's time, or now when there is none
     */
    static String write(final String base, final String slug, final String communeName, final PublicMessages words,
            final String language, final List<PublicBulletin> bulletins, final Instant updated) {
        final String page = base + "/c/" + slug;
        final String self = page + "/podcast.rss";
        final Channel channel = new Channel("rss_2.0");
        channel.setTitle(words.feedTitle(communeName));
        channel.setLink(page);
        channel.setDescription(words.feedDescription(communeName));
        channel.setLanguage(language);
        channel.setGenerator("Loa");
        channel.setLastBuildDate(Date.from(updated));
        channel.setPubDate(Date.from(updated));
        // no RSS <image>: it allows 144 pixels at most; podcast apps take the artwork from <itunes:image>
        final FeedInformationImpl itunes = new FeedInformationImpl();
        itunes.setAuthor(words.feedAuthor(communeName));
        itunes.setOwnerName(words.feedAuthor(communeName));
        itunes.setSummary(words.feedDescription(communeName));
        itunes.setSubtitle(words.feedDescription(communeName));
        itunes.setImageUri(base + ARTWORK);
        itunes.setExplicitNullable(Boolean.FALSE);
        itunes.setType("episodic");
        itunes.setCategories(new ArrayList<>(List.of(new Category("Government"))));
        channel.getModules().add(itunes);

        final AtomLinkModuleImpl atom = new AtomLinkModuleImpl();
        final Link selfLink = new Link();
        selfLink.setRel("self");
        selfLink.setType("application/rss+xml");
        selfLink.setHref(self);
        atom.setLink(selfLink);
        channel.getModules().add(atom);

        final List<Item> items = new ArrayList<>();
        for (PublicBulletin b : bulletins) {
            items.add(item(base, slug, page, b));
        }
        channel.setItems(items);
        try {
            return new WireFeedOutput().outputString(channel, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the podcast feed of " + slug + " cannot be written", e);
        }
    }

    private static Item item(final String base, final String slug, final String page, final PublicBulletin b) {
        final Item item = new Item();
        item.setTitle(b.title());
        item.setLink(page + "#b" + b.id());
        final Description description = new Description();
        description.setType("text/plain");
        description.setValue(b.text());
        item.setDescription(description);
        item.setPubDate(Date.from(b.playedAt()));
        final Guid guid = new Guid();
        guid.setValue(guid(slug, b.id()));
        guid.setPermaLink(false);
        item.setGuid(guid);
        final Enclosure enclosure = new Enclosure();
        enclosure.setUrl(base + b.audioPath());
        enclosure.setLength(b.audioBytes());
        enclosure.setType(MP3);
        item.setEnclosures(new ArrayList<>(List.of(enclosure)));

        final EntryInformationImpl itunes = new EntryInformationImpl();
        itunes.setTitle(b.title());
        itunes.setSummary(b.text());
        itunes.setExplicitNullable(Boolean.FALSE);
        itunes.setEpisodeType("full");
        if (b.durationMs() != null) {
            itunes.setDuration(new Duration(b.durationMs()));
        }
        item.getModules().add(itunes);
        return item;
    }

    /** An episode's GUID: the commune's slug and the bulletin's id, both kept forever. */
    static String guid(final String slug, final long bulletinId) {
        return "loa:" + slug + ":bulletin:" + bulletinId;
    }
}
