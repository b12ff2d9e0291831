package id.newsroom.media;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

/**
 * The shape of the service kept by the build: its feature packages depend on each other one way only (no cycles), and
 * it talks to the other services over HTTP and Kafka, never through their classes (the contract is contracts/).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.newsroom.media");

    /**
     * Frozen: the cycles media-service has today (catalog and events share the outbox as article's editing and outbox
     * did; catalog, upload, variants and serving reach into each other) are recorded in {@code archunit_store} and
     * tolerated; any new one fails. Remove the freeze once they are untangled.
     */
    @Test
    void featurePackagesHaveNoNewCycles() {
        FreezingArchRule.freeze(slices().matching("id.newsroom.media.(*)..").should().beFreeOfCycles()).check(CLASSES);
    }

    @Test
    void noClassOfAnotherService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("id.newsroom.article..", "id.newsroom.feed..", "id.newsroom.search..",
                        "id.newsroom.web..", "id.newsroom.desk..", "id.newsroom.identity..")
                .check(CLASSES);
    }
}
