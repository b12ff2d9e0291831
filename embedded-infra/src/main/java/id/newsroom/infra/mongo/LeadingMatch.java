package id.newsroom.infra.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * An aggregation that starts with {@code $match} reads its input through the query planner, as MongoDB does, instead
 * of the library's whole-collection stream; this is what the driver's {@code countDocuments} sends, for example.
 * The {@code $match} stage stays in the pipeline (a second filter over already matching documents changes nothing).
 */
final class LeadingMatch {

    private LeadingMatch() {}

    /** The command's response, or null when this is not such an aggregation (the library then handles it). */
    static Document aggregate(MongoDatabase database, Document command, DatabaseResolver resolver, Oplog oplog) {
        if (!(command.get("aggregate") instanceof String collectionName) || command.containsKey("explain")) {
            return null;
        }
        List<Document> pipeline = Aggregation.parse(command.get("pipeline"));
        if (pipeline.isEmpty() || !(pipeline.get(0).get("$match") instanceof Document match)) {
            return null;
        }
        MongoCollection<?> collection = database.resolveCollection(collectionName, false);
        if (collection == null) {
            return null;
        }
        Aggregation aggregation = Aggregation.fromPipeline(pipeline, resolver, database, collection, oplog);
        aggregation.validate(command);
        List<Document> result = aggregation.runStages(collection.handleQueryAsStream(match));
        Document cursor = new Document("id", 0L)
                .append("ns", database.getDatabaseName() + "." + collectionName)
                .append("firstBatch", result);
        return new Document("cursor", cursor).append("ok", 1.0);
    }
}
