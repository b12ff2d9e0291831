package id.newsroom.infra.mongo;

import java.util.HashMap;
import java.util.Map;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend with secondary indexes: queries that MongoDB would serve from an index are served
 * from one here too, instead of scanning the collection. Same file format as {@link H2Backend}; the indexes live in
 * memory and are rebuilt from the documents when a database opens. It also answers {@code hello}, which
 * mongo-java-server lacks (Spring Boot's MongoDB health indicator sends it to every database).
 */
public final class IndexedH2Backend extends H2Backend {

    /**
     * MB of documents H2 keeps decoded in memory ({@code -Dnews.mongo.cache-mb}). H2's default, 16, held about 3,000
     * of a 100,000-article archive: every other read went to the file and through deserialization, 10 ms an article
     * page, where MongoDB serves its working set from its cache (WiredTiger: half the RAM).
     */
    static final int CACHE_MB = Integer.getInteger("news.mongo.cache-mb", 256);

    // No initializer: H2Backend's constructor opens the stored databases through openOrCreateDatabase, before this
    // class's field initializers run (one would then replace the map holding them).
    private Map<String, MongoDatabase> opened;

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    /** Persists to {@code file}; null keeps everything in memory. */
    public static IndexedH2Backend open(String file) {
        MVStore.Builder store = new MVStore.Builder().cacheSize(CACHE_MB);
        return new IndexedH2Backend((file == null ? store : store.fileName(file)).open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            return hello(super.handleCommand(channel, databaseName, "ismaster", query));
        }
        return super.handleCommand(channel, databaseName, command, query);
    }

    /**
     * What a standalone MongoDB answers to {@code hello}: its legacy {@code isMaster} reply (the one the driver's
     * handshake reads, so both report the same wire versions and limits) with {@code isWritablePrimary} for
     * {@code ismaster}. No {@code logicalSessionTimeoutMinutes} (there are no sessions) and no
     * {@code topologyVersion} (the driver would start streaming monitoring, which the server cannot do).
     */
    static Document hello(Document isMaster) {
        Document reply = new Document("isWritablePrimary", Boolean.TRUE);
        for (Map.Entry<String, Object> field : isMaster.entrySet()) {
            if (!"ismaster".equals(field.getKey()) && !"ok".equals(field.getKey())) {
                reply.put(field.getKey(), field.getValue());
            }
        }
        reply.put("readOnly", Boolean.FALSE);
        reply.put("ok", isMaster.get("ok"));
        return reply;
    }

    /**
     * One instance per database. mongo-java-server's {@code listDatabases} (which Boot's MongoDB health indicator
     * sends with every probe) calls this directly rather than through its own cache of opened databases, so each
     * probe opened every database afresh, rebuilding its secondary indexes from all its documents: with 100,000
     * articles the probes of the restarting platform kept the stand-in's four threads busy for minutes.
     */
    @Override
    protected synchronized MongoDatabase openOrCreateDatabase(String databaseName) {
        if (opened == null) {
            opened = new HashMap<>();
        }
        return opened.computeIfAbsent(databaseName,
                name -> IndexedH2Database.open(name, getMvStore(), getCursorRegistry()));
    }

    @Override
    public void dropDatabase(String databaseName) {
        super.dropDatabase(databaseName);
        synchronized (this) {
            if (opened != null) {
                opened.remove(databaseName); // a later open starts empty
            }
        }
    }
}
