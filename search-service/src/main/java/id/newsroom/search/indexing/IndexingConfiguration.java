package id.newsroom.search.indexing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.newsroom.search.config.SearchProperties;

@Configuration(proxyBeanMethods = false)
public class IndexingConfiguration {

    @Bean
    IndexingService indexingService(SearchProperties properties, KafkaProperties kafka, MeterRegistry registry,
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new IndexingService(properties, kafka, registry,
                RecordTracing.of(tracer.getIfAvailable(), propagator.getIfAvailable()));
    }

    @Bean(destroyMethod = "") // closed by IndexingService after the indexer stopped
    IndexStore indexStore(IndexingService indexing) {
        return indexing.store();
    }

    @Bean("searchIndex")
    IndexHealthIndicator searchIndexHealthIndicator(IndexingService indexing, SearchProperties properties) {
        return new IndexHealthIndicator(indexing, properties.consumer().readinessMaxLag());
    }

    @Bean
    SearchIndexEndpoint searchIndexEndpoint(IndexingService indexing) {
        return new SearchIndexEndpoint(indexing);
    }
}
