package id.newsroom.wordpress;

import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export, as written: posts, pages, attachments, menu items and revisions alike.
 *
 * @param categories the item's {@code <category>} elements (domain {@code category} or {@code post_tag})
 * @param meta       the {@code wp:postmeta} key/value pairs (comments and their meta are not read)
 */
record WxrItem(long postId, String type, String status, String title, String link, String creator,
        String content, String excerpt, String postName, String postDateGmt, String attachmentUrl,
        List<Term> categories, Map<String, String> meta) {

    /** A category or tag of an item: {@code domain} is {@code category} or {@code post_tag}. */
    record Term(String domain, String nicename, String name) {}
}
