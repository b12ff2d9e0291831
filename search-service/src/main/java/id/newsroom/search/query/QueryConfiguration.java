package id.newsroom.search.query;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.indexing.IndexStore;
import id.newsroom.search.query.hits.HitDocuments;
import id.newsroom.search.query.related.RelatedService;

@Configuration(proxyBeanMethods = false)
public class QueryConfiguration {

    @Bean
    HitDocuments hitDocuments(SearchProperties properties, MeterRegistry registry) {
        return new HitDocuments(properties.query().documentCacheSize(), registry);
    }

    @Bean
    SearchService searchService(IndexStore store, SynonymDictionary synonyms, SearchProperties properties,
            HitDocuments documents, MeterRegistry registry) {
        return new SearchService(store, synonyms, properties.query(), documents, registry);
    }

    @Bean
    SuggestService suggestService(IndexStore store, SearchProperties properties) {
        return new SuggestService(store, properties.query());
    }

    @Bean
    RelatedService relatedService(IndexStore store, HitDocuments documents, SearchProperties properties,
            MeterRegistry registry) {
        return new RelatedService(store, documents, properties.related(), registry);
    }
}
