package id.newsroom.desk.stories;

import java.util.List;
import java.util.Map;

import id.newsroom.desk.DeskUser;

/** What the list page shows: the filters as given, the rows of this page, the next page's cursor. */
public record StoryListPage(DeskUser user, Map<String, String> filters, List<Option> sections, List<Option> statuses,
        List<StoryRow> rows, String nextCursor, String error) {

    public record Option(String value, String label) {}

    public String filter(String name) {
        String v = filters.get(name);
        return v == null ? "" : v;
    }

    /** The query string of the next page: the same filters, the next cursor. */
    public String nextQuery() {
        StringBuilder q = new StringBuilder();
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !"cursor".equals(k)) {
                q.append(q.isEmpty() ? "?" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return q.append(q.isEmpty() ? "?" : "&").append("cursor=")
                .append(java.net.URLEncoder.encode(nextCursor, java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
