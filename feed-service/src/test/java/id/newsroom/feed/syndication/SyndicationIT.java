package id.newsroom.feed.syndication;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 parse and carry the elements aggregators need. */
class SyndicationIT extends FeedIntegrationTest {

    private static final String SITE = "https://news.example.id";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static String newest;

    @BeforeEach
    void fillSection() {
        if (newest != null) {
            return;
        }
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            batch.add(Events.published(Events.newId(), "pendidikan", tags("sekolah", "guru")));
        }
        events.sendAll(batch);
        newest = (String) batch.get(51).get("articleId");
        await().atMost(20, SECONDS).untilAsserted(
                () -> assertThat(ids(getJson("/api/feed/categories/pendidikan?limit=1"))).containsExactly(newest));
    }

    @Test
    void rssHasFiftyCompleteItemsWithAbsoluteLinks() throws Exception {
        HttpResponse<String> r = get("/feeds/categories/pendidikan/rss.xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/rss+xml");
        Document doc = parse(r.body());
        Element rss = doc.getDocumentElement();
        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertThat(text(channel, "title")).contains("Pendidikan");
        assertThat(text(channel, "link")).startsWith(SITE);
        Element self = (Element) channel.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(self.getAttribute("href")).isEqualTo(SITE + "/feeds/categories/pendidikan/rss.xml");
        NodeList items = channel.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(50);
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertThat(text(item, "title")).isNotBlank();
            assertThat(text(item, "link")).startsWith(SITE + "/api/articles/");
            assertThat(text(item, "guid")).isNotBlank();
            ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertThat(item.getElementsByTagName("category").item(0).getTextContent()).isEqualTo("Pendidikan");
            Element enclosure = (Element) item.getElementsByTagName("enclosure").item(0);
            assertThat(enclosure.getAttribute("url")).startsWith("https://");
            assertThat(enclosure.getAttribute("type")).isEqualTo("image/jpeg");
            assertThat(enclosure.getAttribute("length")).isNotEmpty();
            Element media = (Element) item.getElementsByTagNameNS(MEDIA, "content").item(0);
            assertThat(media.getAttribute("medium")).isEqualTo("image");
        }
        assertThat(text((Element) items.item(0), "guid")).isEqualTo(newest);
    }

    @Test
    void atomHasFiftyEntriesWithIdsDatesAndEnclosures() throws Exception {
        HttpResponse<String> r = get("/feeds/categories/pendidikan/atom.xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Element feed = parse(r.body()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(textNs(feed, "id")).isEqualTo(SITE + "/feeds/categories/pendidikan/atom.xml");
        Instant.parse(textNs(feed, "updated"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(50);
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            assertThat(textNs(e, "id")).startsWith("urn:newsroom:article:");
            assertThat(textNs(e, "title")).isNotBlank();
            Instant.parse(textNs(e, "updated"));
            Instant.parse(textNs(e, "published"));
            assertThat(textNs((Element) e.getElementsByTagNameNS(ATOM, "author").item(0), "name")).isNotBlank();
            NodeList links = e.getElementsByTagNameNS(ATOM, "link");
            List<String> rels = new ArrayList<>();
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                rels.add(link.getAttribute("rel"));
                assertThat(link.getAttribute("href")).startsWith("https://");
            }
            assertThat(rels).contains("alternate", "enclosure");
            assertThat(((Element) e.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"))
                    .isEqualTo("pendidikan");
        }
    }

    @Test
    void jsonFeedFollowsVersionOnePointOne() {
        HttpResponse<String> r = get("/feeds/categories/pendidikan/feed.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/feed+json");
        JsonNode feed = JSON.readTree(r.body());
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asString()).contains("Pendidikan");
        assertThat(feed.get("feed_url").asString()).isEqualTo(SITE + "/feeds/categories/pendidikan/feed.json");
        assertThat(feed.get("items")).hasSize(50);
        for (JsonNode item : feed.get("items")) {
            assertThat(item.get("id").asString()).isNotBlank();
            assertThat(item.get("url").asString()).startsWith(SITE + "/api/articles/");
            assertThat(item.get("content_html").asString()).isNotBlank();
            assertThat(item.get("image").asString()).startsWith("https://");
            Instant.parse(item.get("date_published").asString());
            assertThat(item.get("authors").get(0).get("name").asString()).isNotBlank();
        }
        assertThat(feed.get("items").get(0).get("id").asString()).isEqualTo(newest);
    }

    @Test
    void homeFeedsServeEveryFormat() throws Exception {
        for (String f : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json")) {
            HttpResponse<String> r = get(f);
            assertThat(r.statusCode()).as(f).isEqualTo(200);
            assertThat(r.headers().firstValue("ETag")).as(f).isPresent();
        }
        assertThat(parse(get("/feeds/rss.xml").body()).getElementsByTagName("item").getLength()).isEqualTo(50);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static String textNs(Element parent, String tag) {
        return parent.getElementsByTagNameNS(ATOM, tag).item(0).getTextContent();
    }
}
