package id.newsroom.feed.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** feed learns the sections from contracts/sections.json, the list article-service accepts articles in. */
class CategoryCatalogTest {

    @Test
    void theContractsSectionsWithTheirNames() {
        assertThat(CategoryCatalog.fromContract()).containsEntry("pemerintahan", "Pemerintahan")
                .containsEntry("properti", "Properti").containsEntry("hukum", "Hukum").hasSizeGreaterThanOrEqualTo(5);
        assertThat(CategoryCatalog.fromContract().keySet()).first().isEqualTo("pemerintahan");
    }
}
