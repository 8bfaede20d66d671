package vn.loa.web;

/**
 * XML escaping for text put into the inline SVGs (the log page's chart, the fleet map), in element content and in
 * double-quoted attributes alike. Those SVGs reach the pages as raw strings, so every text in them goes through here.
 */
public final class Svg {

    private Svg() {
    }

    public static String escape(final String text) {
        if (text == null) {
            return "";
        }
        final StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters are not allowed in XML 1.0; drop them rather than break the page
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
