package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sections come from contracts/sections.json, the one list feed and the site read too. */
class CategoriesTest {

    @Test
    void theContractsSectionsInTheirOrder() {
        assertThat(Categories.fromContract()).hasSizeGreaterThanOrEqualTo(5)
                .startsWith(new Article.Category("pemerintahan", "Pemerintahan"),
                        new Article.Category("bisnis", "Bisnis"))
                .contains(new Article.Category("wisata", "Wisata")).doesNotHaveDuplicates();
    }
}
