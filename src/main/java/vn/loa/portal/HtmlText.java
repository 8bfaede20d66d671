package vn.loa.portal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An article's HTML as plain text, by jsoup (the only class that imports it): scripts, styles, frames, embedded
 * objects, forms and images (tracking pixels among them) vanish with their content; entities are decoded; block
 * elements (paragraphs, headings, list items) and {@code <br>} become line breaks; no markup survives.
 */
final class HtmlText {

    /** What is removed with everything inside it: active content, media, and what a listener cannot hear. */
    private static final String DROPPED = "script, style, iframe, frame, frameset, object, embed, applet, noscript, "
            + "template, img, picture, svg, math, video, audio, source, track, canvas, map, form, input, button, "
            + "select, textarea, head, link, meta, base";

    private HtmlText() {
    }

    /** The text of an HTML fragment (or of plain text with entities), paragraphs kept as blank lines. */
    static String plain(final String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        final Document doc = Jsoup.parseBodyFragment(html);
        doc.select(DROPPED).remove();
        final StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(final Node node, final int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if ("br".equals(e.normalName())) {
                        out.append('\n');
                    } else if (e.isBlock()) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(final Node node, final int depth) {
                if (node instanceof Element e && e.isBlock() && !"br".equals(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, doc.body());
        return tidy(out.toString());
    }

    /** One line of plain text (a title): line breaks become spaces. */
    static String line(final String html) {
        return plain(html).replace('\n', ' ').replaceAll(" {2,}", " ").strip();
    }

    /** Spaces collapsed within lines, at most one blank line in a row, no control characters but line breaks. */
    static String tidy(final String text) {
        final StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String raw : text.replace('\u00a0', ' ').split("\\R", -1)) {
            final String line = raw.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").replaceAll("[ \\t\\x0B\\f]+", " ").strip();
            if (line.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(line);
            blank = 0;
        }
        return out.toString();
    }
}
