package id.newsroom.feed.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.projection.ArticlesApplied;
import id.newsroom.feed.projection.ProjectionWriter;
import id.newsroom.feed.web.Rendered;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.MediaType;

class ArticlePageCacheTest {

    private final AtomicReference<String> collection = new AtomicReference<>("articles_a");
    private final ArticlePageCache cache = new ArticlePageCache(new Binder(new MapConfigurationPropertySource(
            Map.of("feed.cache.article-page-ttl", "1h"))).bindOrCreate("feed", FeedProperties.class).cache(),
            collection::get);
    private final AtomicInteger renders = new AtomicInteger();

    private String read(String slug, String articleId) {
        ArticlePageCache.Page page = cache.get(collection.get(), slug, () -> articleId == null
                ? null
                : new ArticlePageCache.Page(articleId, Rendered.of(("render " + renders.incrementAndGet())
                        .getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, Instant.now())));
        return page == null ? null : new String(page.rendered().body(), StandardCharsets.UTF_8);
    }

    private static ArticlesApplied changed(String articleId, String slug) {
        return new ArticlesApplied(List.of(new ProjectionWriter.Change("changed", articleId, "bisnis",
                new Document("_id", articleId).append("slug", slug))), true);
    }

    @Test
    void aPageIsRenderedOnceUntilItsArticleChanges() {
        assertThat(read("banjir-rob", "a1")).isEqualTo("render 1");
        assertThat(read("pasar-baru", "a2")).isEqualTo("render 2");
        assertThat(read("banjir-rob", "a1")).isEqualTo("render 1");

        cache.on(changed("a1", "banjir-rob"));

        assertThat(read("banjir-rob", "a1")).as("the changed article, afresh").isEqualTo("render 3");
        assertThat(read("pasar-baru", "a2")).as("another article's page is kept").isEqualTo("render 2");
    }

    @Test
    void aNewSlugEvictsThePageCachedUnderTheOldOne() {
        assertThat(read("banjir-rob", "a1")).isEqualTo("render 1");

        cache.on(changed("a1", "banjir-rob-surut"));

        assertThat(read("banjir-rob", "a1")).isEqualTo("render 2");
    }

    @Test
    void aMissIsNotKeptAndARebuildsSwitchStartsAfresh() {
        assertThat(read("belum-terbit", null)).isNull();
        assertThat(read("belum-terbit", "a3")).as("found once published").isEqualTo("render 1");

        collection.set("articles_b");

        assertThat(read("belum-terbit", "a3")).isEqualTo("render 2");
    }
}
