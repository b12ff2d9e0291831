package id.newsroom.feed.timeline;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;

import id.newsroom.defaults.problem.ClientProblem;

/**
 * Keyset position (publishedAt, id) of the last item of a page. Opaque to clients: base64url of "v1|millis|id".
 * Keyset paging never repeats or skips an item that stays in the timeline, whatever is published or removed between
 * pages, because the position does not depend on how many items come before it.
 */
public record Cursor(Date publishedAt, String id) {

    private static final String VERSION = "v1";

    public String encode() {
        String raw = VERSION + "|" + publishedAt.getTime() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for a null or empty cursor; throws a 400 problem for anything that is not ours */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw new IllegalArgumentException("unknown cursor format");
            }
            return new Cursor(new Date(Long.parseLong(parts[1])), parts[2]);
        } catch (IllegalArgumentException ex) {
            throw ClientProblem
                    .badRequest("The cursor is not valid: use the nextCursor value of a previous page as is.");
        }
    }
}
