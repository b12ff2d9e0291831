package id.newsroom.web.media;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Pictures inside an article's body: an {@code <img>} whose src is a media-service variant
 * ({@code /media/{id}/{rev}/{variant}.{format}}, any host) becomes a {@code <picture>} with WebP and JPEG srcsets
 * of the same id and rev; every body image loads lazily. The body is feed-service's sanitized HTML; attributes
 * written here are escaped by jsoup. A rewritten body is cached by its text: the same body (the upstream cache hands
 * the same one out) is parsed once, so an article page costs a map look-up, not a parse.
 */
@Component
public class BodyImages {

    /** The widths media-service makes (media-spec.md); a width variant in a body implies every smaller one exists. */
    static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1600, 2048);

    private static final Pattern VARIANT = Pattern.compile(
            "^((?:https?:)?//[^/?#\\s]+[^?#\\s]*?)?/media/([A-Za-z0-9-]{1,64})/([0-9a-f]{10})/"
                    + "(w\\d{3,4}|og|16x9|4x3|1x1|thumb)\\.(jpg|webp)$");

    private static final int BODY_WIDTH = 760;

    private final Cache<String, String> cache = Caffeine.newBuilder()
            .maximumWeight(8L * 1024 * 1024).weigher((String body, String html) -> body.length() + html.length())
            .build();

    /** {@code body} with its images rendered as pictures; the same text when it holds no image. */
    public String render(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        if (!body.contains("<img")) {
            return body;
        }
        return cache.get(body, BodyImages::rewrite);
    }

    static String rewrite(String body) {
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.body().select("img")) {
            Matcher m = VARIANT.matcher(img.attr("src").trim());
            if (m.matches() && !"picture".equals(img.parent() == null ? "" : img.parent().normalName())) {
                toPicture(img, m);
            }
            img.attr("loading", "lazy").attr("decoding", "async");
        }
        return doc.body().html();
    }

    private static void toPicture(Element img, Matcher m) {
        String base = (m.group(1) == null ? "" : m.group(1)) + "/media/" + m.group(2) + "/" + m.group(3) + "/";
        String variant = m.group(4);
        String webp;
        String jpeg;
        String sizes = null;
        if (variant.startsWith("w")) {
            int width = Integer.parseInt(variant.substring(1));
            if (!WIDTHS.contains(width)) {
                return; // not a variant media-service makes: leave the image as it is
            }
            List<Integer> made = WIDTHS.stream().filter(w -> w <= width).toList();
            webp = srcset(base, made, "webp");
            jpeg = srcset(base, made, "jpg");
            sizes = sizes(img.attr("width"));
        } else {
            webp = base + variant + ".webp"; // a crop has one size: the same picture, WebP first
            jpeg = null;
        }
        Element picture = new Element("picture");
        Element source = picture.appendElement("source").attr("type", "image/webp").attr("srcset", webp);
        if (sizes != null) {
            source.attr("sizes", sizes);
        }
        img.replaceWith(picture);
        picture.appendChild(img);
        img.attr("src", base + variant + ".jpg");
        if (jpeg != null) {
            img.attr("srcset", jpeg).attr("sizes", sizes);
        }
    }

    private static String srcset(String base, List<Integer> widths, String format) {
        return widths.stream().map(w -> base + "w" + w + "." + format + " " + w + "w")
                .collect(Collectors.joining(", "));
    }

    /** Shown at its width attribute when narrower than the body, else at the body's width. */
    static String sizes(String widthAttribute) {
        int width;
        try {
            width = Integer.parseInt(widthAttribute.trim());
        } catch (NumberFormatException e) {
            return Slot.BODY.sizes();
        }
        if (width <= 0 || width >= BODY_WIDTH) {
            return Slot.BODY.sizes();
        }
        return "(max-width: " + (width + 32) + "px) calc(100vw - 32px), " + width + "px";
    }
}
