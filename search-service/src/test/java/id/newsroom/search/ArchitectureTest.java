package id.newsroom.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the service kept by the build: its feature packages depend on each other one way only (no cycles), and
 * it talks to the other services over HTTP and Kafka, never through their classes (the contract is contracts/).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.newsroom.search");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.newsroom.search.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noClassOfAnotherService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("id.newsroom.article..", "id.newsroom.feed..", "id.newsroom.media..",
                        "id.newsroom.web..", "id.newsroom.desk..", "id.newsroom.identity..")
                .check(CLASSES);
    }
}
