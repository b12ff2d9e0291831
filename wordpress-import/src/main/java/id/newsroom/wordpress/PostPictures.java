package id.newsroom.wordpress;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pictures of a post: its featured image becomes an article {@code image} naming a media, and each of the old
 * site's pictures in its body (an attachment's {@code wp-image-N} class, a {@code [caption]} figure, a plain
 * {@code <img>} of its uploads) becomes an {@code <img>} of media-service's w960 JPEG. A picture that fails is left
 * out: the featured image dropped, the body picture removed (with its figure or link when nothing else is in them).
 * Pictures hosted elsewhere are left as they are.
 */
final class PostPictures {

    private static final Pattern WP_IMAGE = Pattern.compile("\\bwp-image-(\\d+)\\b");
    private static final Pattern OLD_CLASSES = Pattern
            .compile("\\b(?:wp-image-\\d+|size-[\\w-]+|attachment-[\\w-]+)\\b");

    private final Map<Long, PostConverter.Attachment> attachments;
    private final PictureUrls urls;
    private final Pictures pictures;

    PostPictures(Map<Long, PostConverter.Attachment> attachments, PictureUrls urls, Pictures pictures) {
        this.attachments = attachments;
        this.urls = urls;
        this.pictures = pictures;
    }

    /** The article's {@code image} for a featured attachment: {@code {mediaId, caption, credit, alt}}, or null. */
    Map<String, Object> featured(PostConverter.Attachment a, long postId) {
        if (a == null || a.url() == null) {
            return null;
        }
        Optional<Media> media = pictures.media(
                new Pictures.Picture(a.url(), a.file(), a.alt(), a.caption(), a.credit()), postId);
        if (media.isEmpty()) {
            return null;
        }
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("mediaId", media.get().id());
        putIfPresent(image, "caption", a.caption());
        putIfPresent(image, "credit", a.credit());
        putIfPresent(image, "alt", a.alt());
        return image;
    }

    /** The body with the old site's pictures brought into media-service (unchanged when it shows none). */
    String rewrite(String html, long postId) {
        if (!html.toLowerCase(Locale.ROOT).contains("<img")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element img : doc.body().select("img")) {
            Pictures.Picture picture = picture(img);
            if (picture == null) {
                continue; // hosted elsewhere: not ours to move
            }
            changed = true;
            Optional<Media> media = pictures.media(picture, postId);
            if (media.isPresent()) {
                show(img, media.get(), picture.alt());
            } else {
                remove(img);
            }
        }
        return changed ? doc.body().html() : html;
    }

    private Pictures.Picture picture(Element img) {
        Element figure = img.closest("figure");
        Element figcaption = figure == null ? null : figure.selectFirst("figcaption");
        String caption = figcaption == null ? null : blankToNull(figcaption.text());
        String alt = blankToNull(img.attr("alt"));
        Matcher m = WP_IMAGE.matcher(img.attr("class"));
        PostConverter.Attachment a = m.find() ? attachments.get(Long.parseLong(m.group(1))) : null;
        if (a != null && a.url() != null) {
            return new Pictures.Picture(a.url(), a.file(), a.alt() != null ? a.alt() : alt,
                    a.caption() != null ? a.caption() : caption, a.credit());
        }
        String url = urls.oldSiteUpload(img.attr("src"));
        return url == null ? null : new Pictures.Picture(url, null, alt, caption, null);
    }

    private static void show(Element img, Media media, String alt) {
        int[] size = media.bodySize();
        img.attr("src", media.bodyUrl()).attr("width", String.valueOf(size[0]))
                .attr("height", String.valueOf(size[1]));
        if (!img.hasAttr("alt")) {
            img.attr("alt", alt == null ? "" : alt);
        }
        // the old site's copies and WordPress's bookkeeping: srcset/sizes name the old files, data-* its attachment
        img.removeAttr("srcset").removeAttr("sizes");
        for (Attribute attr : img.attributes().asList()) {
            if (attr.getKey().startsWith("data-")) {
                img.removeAttr(attr.getKey());
            }
        }
        String classes = OLD_CLASSES.matcher(img.attr("class")).replaceAll("").trim().replaceAll("\\s+", " ");
        if (classes.isEmpty()) {
            img.removeAttr("class");
        } else {
            img.attr("class", classes);
        }
        Element link = img.parent();
        if (link != null && link.nameIs("a") && link.attr("href").contains(PictureUrls.UPLOADS)) {
            link.unwrap(); // it linked to the old site's file, which goes away with the old site
        }
    }

    /** Removes a failed picture with what only held it: a link around it, its figure, an emptied paragraph. */
    private static void remove(Element img) {
        Element figure = img.closest("figure");
        if (figure != null && figure.select("img").size() == 1) {
            figure.remove();
            return;
        }
        Element holder = img;
        Element parent = img.parent();
        while (parent != null && (parent.nameIs("a") || parent.nameIs("p")) && parent.childrenSize() == 1
                && parent.ownText().isBlank()) {
            holder = parent;
            parent = parent.parent();
        }
        holder.remove();
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
