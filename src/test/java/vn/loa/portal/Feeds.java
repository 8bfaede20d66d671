package vn.loa.portal;

/** Feed documents for the tests. */
final class Feeds {

    private Feeds() {
    }

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Cổng thông tin xã Lũng Cú</title>
                <link>https://lungcu.example.vn/</link>
                <description>Tin tức</description>
                <item>
                  <title>Lịch tiêm phòng cho gia súc &amp; gia cầm</title>
                  <link>https://lungcu.example.vn/tin/tiem-phong</link>
                  <guid isPermaLink="false">lungcu-2026-101</guid>
                  <pubDate>Mon, 07 Dec 2026 01:00:00 GMT</pubDate>
                  <description><![CDATA[<p>Từ ngày 10/12, thú y xã tiêm phòng <b>lở mồm long móng</b>.</p>
                    <script>alert('x')</script><iframe src="https://track.example/i"></iframe>
                    <p>Bà con đưa gia súc đến nhà văn hoá thôn.<img src="https://track.example/pixel.gif" width="1" height="1"></p>]]></description>
                </item>
                <item>
                  <title>Họp dân thôn Thèn Ván</title>
                  <link>javascript:alert(1)</link>
                  <guid>lungcu-2026-102</guid>
                  <description>Họp lúc 19 giờ &amp;nbsp;tối thứ Bảy.</description>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Cổng thông tin tỉnh</title>
              <id>urn:uuid:tinh</id>
              <updated>2026-12-07T02:00:00Z</updated>
              <entry>
                <title type="html">Phòng chống rét đậm &lt;em&gt;rét hại&lt;/em&gt;</title>
                <id>urn:uuid:tinh-ret-1</id>
                <link href="/tin/ret-dam"/>
                <updated>2026-12-07T02:00:00Z</updated>
                <content type="html">&lt;p&gt;Nhiệt độ xuống dưới 10 độ.&lt;/p&gt;&lt;p&gt;Che chắn chuồng trại.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    /** An RSS feed whose one item carries an external entity naming {@code file}. */
    static String xxe(final String file) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + file + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d"
                + "</description><item><title>&secret;</title><guid>x1</guid><description>&secret;</description>"
                + "</item></channel></rss>";
    }

    static final String MALFORMED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item>"
            + "<title>Không đóng thẻ</item></channel>";

    static final String NOT_XML = "{\"tin\": [\"đây không phải XML\"]}";
}
