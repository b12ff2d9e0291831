package id.newsroom.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoDatabase;
import org.junit.jupiter.api.Test;

/**
 * Each database is opened once: {@code listDatabases} (Boot's health indicator sends it with every probe) reaches
 * {@code openOrCreateDatabase} directly, and every open rebuilds the database's secondary indexes from its documents.
 */
class OpenDatabasesTest {

    @Test
    void listingDatabasesReusesTheOpenedOnesAndADropStartsAfresh() {
        IndexedH2Backend backend = IndexedH2Backend.open(null);
        try {
            MongoDatabase news = backend.resolveDatabase("news");
            assertThat(backend.openOrCreateDatabase("news")).isSameAs(news);
            assertThat(backend.openOrCreateDatabase("news")).isSameAs(news);

            backend.dropDatabase("news");
            MongoDatabase reopened = backend.openOrCreateDatabase("news");
            assertThat(reopened).isNotSameAs(news);
            assertThat(backend.resolveDatabase("news")).isSameAs(reopened);
        } finally {
            backend.close();
        }
    }
}
