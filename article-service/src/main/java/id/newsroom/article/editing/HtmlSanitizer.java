package id.newsroom.article.editing;

import java.net.URI;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Article bodies are HTML written by people and pasted from elsewhere, and they end up on public pages: only an
 * allowlist of news markup survives. Scripts, styles, event handlers, forms and unsafe URL schemes are removed;
 * iframes survive only when they embed video from an allowlisted host over https.
 */
public final class HtmlSanitizer {

    private static final Set<String> VIDEO_HOSTS = Set.of("www.youtube.com", "youtube.com",
            "www.youtube-nocookie.com", "player.vimeo.com");
    // Relative links stay relative; the base only lets jsoup check schemes.
    private static final String BASE = "https://newsroom.invalid/";

    private static final java.util.regex.Pattern SAFE_URL = java.util.regex.Pattern
            .compile("(https?://|mailto:|tel:|/[^/]|/$|#)", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Cleaner cleaner;

    public HtmlSanitizer() {
        Safelist safelist = new Safelist()
                .addTags("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "img", "figure",
                        "figcaption", "blockquote", "cite", "q", "em", "strong", "b", "i", "u", "s", "sub", "sup",
                        "small", "mark", "span", "hr", "pre", "code", "table", "thead", "tbody", "tr", "th", "td",
                        "caption", "iframe")
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("iframe", "src", "width", "height", "title", "allowfullscreen")
                .addProtocols("a", "href", "http", "https", "mailto", "tel")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .addProtocols("q", "cite", "http", "https")
                .addProtocols("iframe", "src", "https")
                .addEnforcedAttribute("a", "rel", "noopener noreferrer")
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = cleaner.clean(dirty);
        // Relative URLs are kept only in their plain forms ("/path", "#anchor"); anything odder is dropped.
        for (Element el : clean.select("a[href], img[src]")) {
            String attr = el.hasAttr("href") ? "href" : "src";
            if (!SAFE_URL.matcher(el.attr(attr).trim()).lookingAt()) {
                el.removeAttr(attr);
            }
        }
        for (Element img : clean.select("img:not([src])")) {
            img.remove();
        }
        for (Element iframe : clean.select("iframe")) {
            if (!isAllowedVideo(iframe.attr("src"))) {
                iframe.remove();
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Plain text (for title and summary): markup is dropped, entities decoded, whitespace collapsed. */
    public static String plainText(String text) {
        if (text == null) {
            return null;
        }
        return Jsoup.parseBodyFragment(text).body().text().trim();
    }

    private static boolean isAllowedVideo(String src) {
        try {
            URI uri = URI.create(src);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && VIDEO_HOSTS.contains(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
