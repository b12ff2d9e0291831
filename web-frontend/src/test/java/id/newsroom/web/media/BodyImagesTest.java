package id.newsroom.web.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Pictures inside an article's body: media-service variants become {@code <picture>}s, the rest stays as written. */
class BodyImagesTest {

    static final String BASE = "https://media.example.id/media/0193a1f2-7c3e-7abc-8def-0123456789ab/3f9a02c41b/";

    final BodyImages images = new BodyImages();

    @Test
    void aWidthVariantBecomesAPictureWithBothSrcsetsOfTheSameIdAndRev() {
        String html = images.render("<p>Sebelum.</p><p><img src=\"" + BASE + "w1280.jpg\" alt=\"Pasar &amp; warga\""
                + " width=\"1280\" height=\"853\"></p><p>Sesudah.</p>");
        Element picture = Jsoup.parseBodyFragment(html).selectFirst("p > picture");
        assertThat(picture).isNotNull();
        Element source = picture.selectFirst("source");
        assertThat(source.attr("type")).isEqualTo("image/webp");
        assertThat(source.attr("srcset")).isEqualTo(BASE + "w320.webp 320w, " + BASE + "w640.webp 640w, " + BASE
                + "w960.webp 960w, " + BASE + "w1280.webp 1280w");
        assertThat(source.attr("sizes")).isEqualTo(Slot.BODY.sizes());
        Element img = picture.selectFirst("img");
        assertThat(img.attr("src")).isEqualTo(BASE + "w1280.jpg");
        assertThat(img.attr("srcset")).isEqualTo(BASE + "w320.jpg 320w, " + BASE + "w640.jpg 640w, " + BASE
                + "w960.jpg 960w, " + BASE + "w1280.jpg 1280w");
        assertThat(img.attr("sizes")).isEqualTo(Slot.BODY.sizes());
        assertThat(img.attr("width")).isEqualTo("1280");
        assertThat(img.attr("height")).isEqualTo("853");
        assertThat(img.attr("alt")).isEqualTo("Pasar & warga");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(html).startsWith("<p>Sebelum.</p><p><picture>").endsWith("</picture></p><p>Sesudah.</p>");
    }

    @Test
    void anyHostOrNoneAndAWebpSrcAreRecognisedAndANarrowImageIsSizedByItsWidth() {
        String html = images.render("<img src=\"/media/01JD3Q7ZK2/00aa11bb22/w640.webp\" alt=\"\" width=\"400\""
                + " height=\"300\">");
        Element img = Jsoup.parseBodyFragment(html).selectFirst("picture img");
        assertThat(img.attr("src")).isEqualTo("/media/01JD3Q7ZK2/00aa11bb22/w640.jpg");
        assertThat(img.attr("srcset")).isEqualTo("/media/01JD3Q7ZK2/00aa11bb22/w320.jpg 320w, "
                + "/media/01JD3Q7ZK2/00aa11bb22/w640.jpg 640w");
        assertThat(img.attr("sizes")).isEqualTo("(max-width: 432px) calc(100vw - 32px), 400px");
    }

    @Test
    void aCropIsOnePictureInBothFormats() {
        String html = images.render("<img src=\"" + BASE + "16x9.jpg\" alt=\"Foto\" width=\"1200\" height=\"675\">");
        Element picture = Jsoup.parseBodyFragment(html).selectFirst("picture");
        assertThat(picture.selectFirst("source").attr("srcset")).isEqualTo(BASE + "16x9.webp");
        assertThat(picture.selectFirst("source").hasAttr("sizes")).isFalse();
        assertThat(picture.selectFirst("img").attr("src")).isEqualTo(BASE + "16x9.jpg");
        assertThat(picture.selectFirst("img").hasAttr("srcset")).isFalse();
        assertThat(picture.selectFirst("img").attr("width")).isEqualTo("1200");
    }

    @Test
    void otherImagesOnlyLoadLazilyAndABodyWithoutImagesIsUntouched() {
        String html = images.render("<p><img src=\"https://img.example.id/a.jpg\" alt=\"a\" width=\"10\"></p>"
                + "<p><img src=\"" + BASE + "w500.jpg\" alt=\"b\"></p>"
                + "<p><img src=\"" + BASE + "w640.jpg?x=1\" alt=\"c\"></p>");
        assertThat(Jsoup.parseBodyFragment(html).select("picture")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).select("img").eachAttr("loading")).containsExactly("lazy", "lazy",
                "lazy");
        assertThat(Jsoup.parseBodyFragment(html).select("img").first().attr("src"))
                .isEqualTo("https://img.example.id/a.jpg");

        String plain = "<p>Tanpa foto &amp; tanpa\u00a0gambar.</p>";
        assertThat(images.render(plain)).isSameAs(plain);
        assertThat(images.render(null)).isEmpty();
    }

    @Test
    void theSameBodyIsRewrittenOnceAndServedFromTheCache() {
        String body = "<p><img src=\"" + BASE + "w640.jpg\" alt=\"x\" width=\"640\" height=\"480\"></p>";
        String first = images.render(body);
        assertThat(images.render(new String(body))).isSameAs(first);
    }

    @Test
    void attributesAreEscapedAndScriptsCannotBeInjectedThroughThem() {
        String html = images.render("<img src=\"" + BASE + "w320.jpg\" alt=\"&quot; onerror=&quot;alert(1)\">");
        Element img = Jsoup.parseBodyFragment(html).selectFirst("img");
        assertThat(img.attributes().size()).isEqualTo(6); // src alt srcset sizes loading decoding
        assertThat(img.attr("alt")).isEqualTo("\" onerror=\"alert(1)");
    }
}
