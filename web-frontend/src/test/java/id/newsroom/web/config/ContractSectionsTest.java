package id.newsroom.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The site's sections are contracts/sections.json's, in its order: the menu names what the newsroom writes in. */
class ContractSectionsTest {

    @Test
    void theContractsSectionsInTheirOrder() {
        assertThat(ContractSections.ALL).hasSizeGreaterThanOrEqualTo(5).first()
                .isEqualTo(new FrontendProperties.Section("pemerintahan", "Pemerintahan"));
        assertThat(ContractSections.ALL).contains(new FrontendProperties.Section("wisata", "Wisata"))
                .doesNotHaveDuplicates();
    }
}
