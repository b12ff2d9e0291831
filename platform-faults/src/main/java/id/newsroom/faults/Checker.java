package id.newsroom.faults;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * Compares every article's latest state in article-service with what readers get: feed-service's article page (same
 * version and title) and category timeline (in its section, same title and updatedAt), and search-service (found by
 * the article's own word, same title and section; search does not show versions, and a title or section changes
 * with every edit and move, so a stale document shows). Present iff PUBLISHED. Also that every acknowledged write is
 * in article-service, and that no poison record reached a read model.
 */
final class Checker {

    /** One comparison pass: counts and a few examples of what differs. */
    record Result(int articles, int published, int lost, int ghost, int stale, List<String> examples) {
        boolean clean() {
            return lost == 0 && ghost == 0 && stale == 0;
        }
    }

    private final Http http;
    private final Cluster cluster;

    Checker(Http http, Cluster cluster) {
        this.http = http;
        this.cluster = cluster;
    }

    /** {@code tokens}: article id to its word; {@code writes}: every acknowledged write. */
    Result check(Map<String, String> tokens, Collection<Editor.Write> writes) throws IOException {
        return check(tokens, writes, java.util.Set.of());
    }

    /** As above, on a platform shared with other writers: {@code othersIds} are theirs, not ghosts. */
    Result check(Map<String, String> tokens, Collection<Editor.Write> writes, java.util.Set<String> othersIds)
            throws IOException {
        Tally t = new Tally();
        Map<String, Editor.Write> lastAck = new HashMap<>();
        for (Editor.Write w : writes) {
            lastAck.merge(w.articleId(), w, (a, b) -> a.version() >= b.version() ? a : b);
        }
        Map<String, JsonNode> timeline = timelines();
        Map<String, JsonNode> truths = new ConcurrentHashMap<>();
        List<IOException> failures = new ArrayList<>();
        tokens.keySet().parallelStream().forEach(id -> {
            try {
                HttpResponse<String> r = http.editor("GET", cluster.article.baseUrl() + "/api/articles/" + id, null,
                        (Long) null);
                if (r.statusCode() == 200) {
                    truths.put(id, http.parse(r.body()));
                }
            } catch (IOException e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        int published = 0;
        for (Map.Entry<String, String> e : tokens.entrySet()) {
            String id = e.getKey();
            JsonNode truth = truths.get(id);
            Editor.Write ack = lastAck.get(id);
            if (truth == null) {
                t.lost("article-service has no " + id);
                continue;
            }
            long version = truth.path("version").asLong();
            if (ack != null && (version < ack.version() || version == ack.version()
                    && !(ack.title().equals(truth.path("title").asString())
                            && ack.status().equals(truth.path("status").asString())))) {
                t.lost("article-service holds v" + version + " of " + id + ", acknowledged v" + ack.version());
            }
            boolean visible = "PUBLISHED".equals(truth.path("status").asString());
            if (visible) {
                published++;
            }
            checkPage(t, truth, visible);
            checkTimeline(t, truth, visible, timeline.remove(id));
        }
        tokens.entrySet().parallelStream().forEach(e -> {
            JsonNode truth = truths.get(e.getKey());
            if (truth != null) {
                checkSearch(t, truth, e.getValue());
            }
        });
        timeline.keySet().stream().filter(id -> !othersIds.contains(id))
                .forEach(id -> t.ghost("timeline shows an article nobody wrote: " + id));
        checkPoison(t);
        return new Result(tokens.size(), published, t.lost, t.ghost, t.stale, t.examples);
    }

    private void checkPage(Tally t, JsonNode truth, boolean visible) {
        String slug = truth.path("slug").asString();
        HttpResponse<String> r = get(cluster.feed.baseUrl() + "/api/articles/" + slug);
        String what = "feed page " + slug;
        if (r == null) {
            t.stale(what + ": no answer");
        } else if (visible && r.statusCode() == 200) {
            JsonNode page = http.parse(r.body());
            if (page.path("version").asLong() != truth.path("version").asLong()
                    || !page.path("title").asString().equals(truth.path("title").asString())) {
                t.stale(what + " shows v" + page.path("version").asLong() + ", article-service v"
                        + truth.path("version").asLong());
            }
        } else if (visible) {
            if (r.statusCode() == 301) {
                t.stale(what + " answers 301 (an older slug)");
            } else {
                t.lost(what + " answers " + r.statusCode());
            }
        } else if (r.statusCode() == 200 || r.statusCode() == 301) {
            t.ghost(what + " answers " + r.statusCode() + " for a " + truth.path("status").asString() + " article");
        }
    }

    private void checkTimeline(Tally t, JsonNode truth, boolean visible, JsonNode item) {
        String what = "timeline item " + truth.path("id").asString();
        if (item == null) {
            if (visible) {
                t.lost(what + " missing from " + truth.path("category").path("slug").asString());
            }
            return;
        }
        if (!visible) {
            t.ghost(what + " listed while " + truth.path("status").asString());
        } else if (!item.path("category").path("slug").asString().equals(truth.path("category").path("slug").asString())
                || !item.path("title").asString().equals(truth.path("title").asString())
                || !Objects.equals(instant(item.path("updatedAt")), instant(truth.path("updatedAt")))) {
            t.stale(what + " differs: " + item.path("title").asString() + " in "
                    + item.path("category").path("slug").asString());
        }
    }

    private void checkSearch(Tally t, JsonNode truth, String token) {
        String id = truth.path("id").asString();
        HttpResponse<String> r = get(
                cluster.search.baseUrl() + "/api/search?size=10&q=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        if (r == null || r.statusCode() != 200) {
            t.stale("search for " + token + ": " + (r == null ? "no answer" : r.statusCode()));
            return;
        }
        JsonNode hit = null;
        for (JsonNode h : http.parse(r.body()).path("hits")) {
            if (h.path("articleId").asString().equals(id)) {
                hit = h;
            }
        }
        boolean visible = "PUBLISHED".equals(truth.path("status").asString());
        if (hit == null && visible) {
            t.lost("search does not find " + id);
        } else if (hit != null && !visible) {
            t.ghost("search finds " + id + " while " + truth.path("status").asString());
        } else if (hit != null && (!hit.path("title").asString().equals(truth.path("title").asString())
                || !hit.path("category").path("slug").asString()
                        .equals(truth.path("category").path("slug").asString()))) {
            t.stale("search shows '" + hit.path("title").asString() + "' for " + id);
        }
    }

    private void checkPoison(Tally t) {
        HttpResponse<String> s = get(cluster.search.baseUrl() + "/api/search?q=xqracunz");
        if (s != null && s.statusCode() == 200 && http.parse(s.body()).path("hits").size() > 0) {
            t.ghost("search finds a poison record");
        }
    }

    /** Every category timeline, paged to its end: article id to item. */
    private Map<String, JsonNode> timelines() throws IOException {
        Map<String, JsonNode> items = new HashMap<>();
        for (String section : Editor.SECTIONS) {
            String cursor = null;
            do {
                String url = cluster.feed.baseUrl() + "/api/feed/categories/" + section + "?limit=100"
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                HttpResponse<String> r = http.get(url);
                if (r.statusCode() != 200) {
                    throw new IOException("GET " + url + " answered " + r.statusCode());
                }
                JsonNode page = http.parse(r.body());
                for (JsonNode item : page.path("items")) {
                    if (items.put(item.path("id").asString(), item) != null) {
                        items.put(item.path("id").asString() + "#twice", item); // listed twice: a ghost of itself
                    }
                }
                cursor = page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode()
                        ? null
                        : page.path("nextCursor").asString();
            } while (cursor != null);
        }
        return items;
    }

    private HttpResponse<String> get(String url) {
        try {
            return http.get(url);
        } catch (IOException e) {
            return null;
        }
    }

    private static java.time.Instant instant(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : java.time.Instant.parse(n.asString());
    }

    private static final class Tally {
        int lost;
        int ghost;
        int stale;
        final List<String> examples = new ArrayList<>();

        synchronized void lost(String s) {
            lost++;
            example("lost: " + s);
        }

        synchronized void ghost(String s) {
            ghost++;
            example("ghost: " + s);
        }

        synchronized void stale(String s) {
            stale++;
            example("stale: " + s);
        }

        private void example(String s) {
            if (examples.size() < 10) {
                examples.add(s);
            }
        }
    }
}
