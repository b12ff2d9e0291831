package id.newsroom.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexMetricsTest {

    @TempDir
    Path dir;

    @Test
    void indexGaugesStillReadAfterAGarbageCollection() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (IndexGeneration generation = IndexGeneration.open("gen-000001", dir.resolve("gen-000001"), "t", 16)) {
            new IndexMetrics(registry, () -> generation, () -> 7L); // nobody else holds these suppliers
            System.gc();
            assertThat(registry.get("news.search.index.documents").gauge().value()).isZero();
            assertThat(registry.get("news.search.index.size").gauge().value()).isNotNaN();
            assertThat(registry.get("news.search.index.lag").gauge().value()).isEqualTo(7.0);
        }
    }
}
