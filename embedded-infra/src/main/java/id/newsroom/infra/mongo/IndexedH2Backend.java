package id.newsroom.infra.mongo;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * mongo-java-server's H2 backend with secondary indexes: queries that MongoDB would serve from an index are served
 * from one here too, instead of scanning the collection. Same file format as {@link H2Backend}; the indexes live in
 * memory and are rebuilt from the documents when a database opens.
 */
public final class IndexedH2Backend extends H2Backend {

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    /** Persists to {@code file}; null keeps everything in memory. */
    public static IndexedH2Backend open(String file) {
        return new IndexedH2Backend(MVStore.open(file));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }
}
