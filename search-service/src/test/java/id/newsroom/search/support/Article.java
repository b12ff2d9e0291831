package id.newsroom.search.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** A test article and the events article-service would publish for it (contracts/article-event.schema.json). */
public final class Article {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final String id;
    public long version = 0;
    public String status = "DRAFT";
    public String change = "created";
    public String title;
    public String summary = "";
    public String body = "";
    public String categorySlug = "pemerintahan";
    public String categoryName = "Pemerintahan";
    public List<String> tags = new ArrayList<>();
    public String authorId = "editor";
    public String authorName = "Redaksi";
    public Instant publishedAt;

    public Article(String title) {
        this(UUID.randomUUID().toString(), title);
    }

    public Article(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** A frozen copy of this version, to deliver again later (duplicates, stale redelivery). */
    public Article snapshot() {
        Article copy = new Article(id, title).summary(summary).body(body).category(categorySlug, categoryName)
                .tags(tags.toArray(String[]::new)).author(authorId, authorName).publishedAt(publishedAt);
        copy.version = version;
        copy.status = status;
        copy.change = change;
        return copy;
    }

    public Article summary(String summary) {
        this.summary = summary;
        return this;
    }

    public Article body(String body) {
        this.body = body;
        return this;
    }

    public Article category(String slug, String name) {
        this.categorySlug = slug;
        this.categoryName = name;
        return this;
    }

    public Article tags(String... tags) {
        this.tags = new ArrayList<>(List.of(tags));
        return this;
    }

    public Article author(String id, String name) {
        this.authorId = id;
        this.authorName = name;
        return this;
    }

    public Article publishedAt(Instant at) {
        this.publishedAt = at;
        return this;
    }

    /** Moves to the next version in {@code status}; returns this for chaining. */
    public Article next(String change, String status) {
        this.version++;
        this.change = change;
        this.status = status;
        if ("PUBLISHED".equals(status) && publishedAt == null) {
            publishedAt = Instant.now();
        }
        return this;
    }

    public Article published() {
        return next("published", "PUBLISHED");
    }

    public String slug() {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "artikel" : slug;
    }

    public String json() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articleId", id);
        data.put("version", version);
        data.put("change", change);
        data.put("status", status);
        data.put("slug", slug());
        data.put("title", title);
        data.put("summary", summary);
        data.put("body", body);
        data.put("category", Map.of("slug", categorySlug, "name", categoryName));
        data.put("tags", tags);
        data.put("author", Map.of("id", authorId, "name", authorName));
        data.put("image", null);
        data.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        data.put("updatedAt", Instant.now().toString());
        data.put("scheduledAt", null);
        data.put("someFutureField", "ignored by tolerant readers");
        return JSON.writeValueAsString(data);
    }
}
