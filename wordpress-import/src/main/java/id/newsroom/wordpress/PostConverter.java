package id.newsroom.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One WordPress item into one line of article-service's archive import (or the reason it is skipped). Everything the
 * line needs from elsewhere in the file (author display names, featured images) was collected in a first pass.
 */
final class PostConverter {

    /**
     * An attachment item (a featured image or a body picture): its URL, its uploads path ({@code _wp_attached_file}),
     * caption (the attachment's excerpt), credit ({@code _media_credit}) and alt text ({@code _wp_attachment_image_alt}).
     */
    record Attachment(String url, String file, String caption, String credit, String alt) {}

    /** Either a line to import or the reason the item is skipped. */
    record Result(Map<String, Object> line, String skipped) {}

    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG_LENGTH = 50;

    private final Map<String, String> authorNames;
    private final Map<Long, Attachment> attachments;
    private final Sections sections;
    private final PostPictures pictures;
    final Map<String, Integer> droppedShortcodes = Bodies.counter();

    /** {@code pictures} null: pictures stay on the old site (the featured image by its URL, the body untouched). */
    PostConverter(Map<String, String> authorNames, Map<Long, Attachment> attachments, Sections sections,
            PostPictures pictures) {
        this.authorNames = authorNames;
        this.attachments = attachments;
        this.sections = sections;
        this.pictures = pictures;
    }

    Result convert(WxrItem item) {
        if (!item.type().equals("post")) {
            return new Result(null, item.type());
        }
        String status = switch (item.status()) {
            case "publish" -> "PUBLISHED";
            case "future" -> "SCHEDULED";
            case "draft", "pending" -> "DRAFT";
            default -> null; // private, trash, auto-draft, inherit
        };
        if (status == null) {
            return new Result(null, "status " + item.status());
        }
        // the featured image first: its attachment's caption and alt are the ones media-service keeps
        Map<String, Object> image = pictures == null ? image(item) : pictures.featured(featured(item), item.postId());
        String body = Bodies.convert(item.content(), droppedShortcodes);
        if (pictures != null) {
            body = pictures.rewrite(body, item.postId());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("externalId", "wp-" + item.postId());
        if (item.postName() != null && !item.postName().isBlank()) {
            // WordPress stores non-ASCII slugs percent-encoded; article-service keeps a valid slug exactly.
            line.put("slug", URLDecoder.decode(item.postName().trim(), StandardCharsets.UTF_8));
        }
        line.put("title", item.title().trim());
        line.put("summary", Bodies.summary(item.excerpt(), body));
        line.put("body", body);
        line.put("category", sections.sectionOf(item.categories().stream()
                .filter(t -> t.domain().equals("category")).toList()));
        line.put("tags", tags(item.categories()));
        String login = item.creator() == null || item.creator().isBlank() ? "wordpress" : item.creator().trim();
        line.put("author", Map.of("id", login, "name", authorNames.getOrDefault(login, login)));
        line.put("image", image);
        line.put("status", status);
        String time = time(item.postDateGmt());
        if (status.equals("PUBLISHED")) {
            line.put("publishedAt", time);
        } else if (status.equals("SCHEDULED")) {
            line.put("scheduledAt", time);
        }
        Map<String, Object> legacy = new LinkedHashMap<>();
        legacy.put("wordpressId", item.postId());
        legacy.put("permalink", item.link());
        line.put("legacy", legacy);
        return new Result(line, null);
    }

    private Attachment featured(WxrItem item) {
        String thumbnail = item.meta().get("_thumbnail_id");
        try {
            return thumbnail == null ? null : attachments.get(Long.parseLong(thumbnail.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code --no-pictures}: the featured image stays on the old site, named by its URL. */
    private Map<String, Object> image(WxrItem item) {
        Attachment a = featured(item);
        if (a == null || a.url() == null || a.url().isBlank()) {
            return null;
        }
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("url", a.url());
        image.put("caption", a.caption());
        image.put("credit", a.credit());
        return image;
    }

    private static List<String> tags(List<WxrItem.Term> terms) {
        List<String> tags = new ArrayList<>();
        for (WxrItem.Term t : terms) {
            if (t.domain().equals("post_tag") && t.name() != null && !t.name().isBlank() && tags.size() < MAX_TAGS) {
                String name = t.name().trim();
                tags.add(name.length() > MAX_TAG_LENGTH ? name.substring(0, MAX_TAG_LENGTH).trim() : name);
            }
        }
        return tags;
    }

    /** {@code wp:post_date_gmt} as ISO-8601; WordPress writes zeros for posts never given a time. */
    static String time(String gmt) {
        if (gmt == null || gmt.isBlank() || gmt.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(gmt.trim(), WP_TIME).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return null; // article-service then reports the line: a published post needs its time
        }
    }
}
