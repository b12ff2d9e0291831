package id.newsroom.search.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.indexing.ArticleEventReader;
import id.newsroom.search.indexing.IndexStore;
import id.newsroom.search.query.SearchService;
import id.newsroom.search.query.SuggestService;
import id.newsroom.search.query.hits.HitDocuments;
import id.newsroom.search.query.related.RelatedService;

/** A real index on disk with the real query services, without Kafka or Spring: for fast relevance tests. */
public final class TestIndex implements AutoCloseable {

    public final IndexStore store;
    public final SearchService search;
    public final SuggestService suggest;
    public final RelatedService related;
    public final SynonymDictionary synonyms = new SynonymDictionary(null);
    public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ArticleEventReader reader = new ArticleEventReader();

    public TestIndex(Path dir) {
        this(dir, Settings.search());
    }

    public TestIndex(Path dir, SearchProperties properties) {
        store = new IndexStore(dir, "test.articles", 16);
        HitDocuments documents = new HitDocuments(properties.query().documentCacheSize(), registry);
        search = new SearchService(store, synonyms, properties.query(), documents, registry);
        suggest = new SuggestService(store, properties.query());
        related = new RelatedService(store, documents, properties.related(), registry);
    }

    public TestIndex add(Article article) {
        try {
            store.current().apply(reader.read(article.json().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestIndex refresh() {
        try {
            store.current().refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
