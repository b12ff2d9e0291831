package id.newsroom.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * An editor at work through article-service's API: creates, publishes, edits, moves to another section, unpublishes,
 * republishes, schedules and deletes, always with If-Match on the version it last saw. Every acknowledged write (a 2xx
 * answer) is recorded with the state it produced; a write without an answer (the service was killed) is not, and the
 * editor reads the article again before touching it next. Each article's title carries a word of its own (its token),
 * so search can be asked for exactly that article.
 */
final class Editor {

    static final List<String> SECTIONS = List.of("pemerintahan", "bisnis", "properti", "wisata", "tokoh", "olahraga",
            "pendidikan", "kesehatan", "hukum");

    /** The state an acknowledged write left (what article-service answered). */
    record Write(String articleId, String op, long version, String status, String title, String category) {}

    /** What the editor believes about one article; {@code unsure} after a write without an answer. */
    static final class Known {
        final String id;
        final String token;
        long version;
        String status;
        String title;
        String category;
        int revision;
        boolean unsure;

        Known(String id, String token) {
            this.id = id;
            this.token = token;
        }
    }

    private final Http http;
    private final Supplier<String> articleUrl;
    private final Random random;
    private final String tokenPrefix;
    private final Map<String, Known> articles = new LinkedHashMap<>();
    private final List<Write> acknowledged = new ArrayList<>();
    private int unanswered;
    private int created;

    Editor(Http http, Supplier<String> articleUrl, long seed, String tokenPrefix) {
        this.http = http;
        this.articleUrl = articleUrl;
        this.random = new Random(seed);
        this.tokenPrefix = tokenPrefix;
    }

    /** Works until {@code writes} writes were acknowledged; {@code beforeWrite} hears the count before each attempt. */
    void work(int writes, IntConsumer beforeWrite, Duration patience) {
        while (acknowledged().size() < writes) {
            beforeWrite.accept(acknowledged().size());
            step(patience);
        }
    }

    /** One attempt at one operation. */
    void step(Duration patience) {
        List<Known> live = articles.values().stream().filter(k -> !"DELETED".equals(k.status)).toList();
        if (live.size() < 8 || random.nextInt(100) < 12) {
            create(patience);
            return;
        }
        Known k = live.get(random.nextInt(live.size()));
        if (k.unsure && !resync(k, patience)) {
            return;
        }
        String action = choose(k.status);
        String base = articleUrl.get() + "/api/articles/" + k.id;
        switch (action) {
            case "publish", "republish" -> write(k, action, "POST", base + "/publish", null, patience);
            case "unpublish" -> write(k, action, "POST", base + "/unpublish", null, patience);
            case "delete" -> write(k, action, "DELETE", base, null, patience);
            case "schedule" -> write(k, action, "POST", base + "/schedule", "{\"at\":\""
                    + Instant.now().plusMillis(1500 + random.nextInt(4000)) + "\"}", patience);
            case "move" -> {
                String other = SECTIONS.get(random.nextInt(SECTIONS.size()));
                write(k, action, "PUT", base, content(k, other.equals(k.category) ? "hukum" : other, k.revision + 1),
                        patience);
            }
            default -> write(k, "edit", "PUT", base, content(k, k.category, k.revision + 1), patience);
        }
    }

    private String choose(String status) {
        int r = random.nextInt(100);
        return switch (status) {
            case "DRAFT" -> r < 45 ? "publish" : r < 70 ? "edit" : r < 88 ? "schedule" : "delete";
            case "PUBLISHED" -> r < 30 ? "edit" : r < 55 ? "move" : r < 90 ? "unpublish" : "delete";
            case "UNPUBLISHED" -> r < 55 ? "republish" : r < 72 ? "edit" : r < 88 ? "schedule" : "delete";
            case "SCHEDULED" -> r < 40 ? "publish" : r < 85 ? "edit" : "delete";
            default -> "edit";
        };
    }

    private void create(Duration patience) {
        String token = token(tokenPrefix, ++created);
        String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
        try {
            HttpResponse<String> r = http.editor("POST", articleUrl.get() + "/api/articles", content(token, section, 0),
                    (Long) null);
            if (r.statusCode() == 201) {
                JsonNode a = http.parse(r.body());
                Known known = new Known(a.path("id").asString(), token);
                apply(known, a);
                articles.put(known.id, known);
                record(known, "create");
            } else {
                unanswered++;
            }
        } catch (IOException e) {
            // No answer: the article may or may not exist; it carries a token no later article reuses, and is not
            // counted as acknowledged.
            unanswered++;
            awaitArticleService(patience);
        }
    }

    private void write(Known k, String op, String method, String url, String body, Duration patience) {
        int answer;
        try {
            HttpResponse<String> r = http.editor(method, url, body, k.version);
            if ("PUT".equals(method) && r.statusCode() == 200 && !http.parse(r.body()).path("workingCopy").isNull()) {
                // A published story's edit waits in its working copy: publishing the update is the acknowledged write.
                r = http.editor("POST", url + "/publish", null, r.headers().firstValue("ETag").orElse(null));
            }
            answer = r.statusCode();
            if (answer / 100 == 2) {
                apply(k, http.parse(r.body()));
                record(k, op);
                return;
            }
        } catch (IOException e) {
            answer = -1;
            awaitArticleService(patience);
        }
        // 412 (the scheduler published it meanwhile), 409, a 5xx while MongoDB is away, or no answer at all.
        unanswered++;
        k.unsure = true;
    }

    private boolean resync(Known k, Duration patience) {
        try {
            HttpResponse<String> r = http.editor("GET", articleUrl.get() + "/api/articles/" + k.id, null, (Long) null);
            if (r.statusCode() == 200 && !http.parse(r.body()).path("workingCopy").isNull()) {
                // An edit whose publication got no answer: drop its working copy, the live state is what counts.
                r = http.editor("DELETE", articleUrl.get() + "/api/articles/" + k.id + "/working-copy", null,
                        (Long) null);
            }
            if (r.statusCode() == 200) {
                apply(k, http.parse(r.body()));
                k.unsure = false;
                return true;
            }
        } catch (IOException e) {
            awaitArticleService(patience);
        }
        return false;
    }

    private void awaitArticleService(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!http.isReady(articleUrl.get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "article-service did not come back within " + patience.toSeconds() + " s");
            }
            Pause.of(Duration.ofMillis(200));
        }
    }

    private void apply(Known k, JsonNode a) {
        k.version = a.path("version").asLong();
        k.status = a.path("status").asString();
        k.title = a.path("title").asString();
        k.category = a.path("category").path("slug").asString();
    }

    private void record(Known k, String op) {
        synchronized (acknowledged) {
            acknowledged.add(new Write(k.id, op, k.version, k.status, k.title, k.category));
        }
    }

    private String content(Known k, String section, int revision) {
        k.revision = revision;
        return content(k.token, section, revision);
    }

    private String content(String token, String section, int revision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Laporan warga " + token + " rubrik " + section + " revisi " + revision);
        body.put("summary", "Ringkasan laporan " + token + ".");
        body.put("body", "<p>Isi berita " + token + " tentang pelayanan kota, revisi " + revision + ".</p>");
        body.put("category", section);
        body.put("tags", List.of("uji-gangguan"));
        return http.write(body);
    }

    /** A word no other article has and no stemmer shortens: prefix + letters + z. */
    static String token(String prefix, int n) {
        StringBuilder s = new StringBuilder(prefix);
        String letters = "bcdfghjkmpqrvwxy";
        for (int v = n; v > 0; v /= letters.length()) {
            s.append(letters.charAt(v % letters.length()));
        }
        return s.append('z').toString();
    }

    List<Write> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    /** Articles whose creation was acknowledged, with the token their title carries. */
    Map<String, String> tokens() {
        Map<String, String> t = new LinkedHashMap<>();
        articles.values().forEach(k -> t.put(k.id, k.token));
        return t;
    }

    int unanswered() {
        return unanswered;
    }
}
