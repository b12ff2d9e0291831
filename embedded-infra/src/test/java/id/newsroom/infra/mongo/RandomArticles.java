package id.newsroom.infra.mongo;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Article-like documents with the awkward cases an index must get right: ties (few distinct times), missing fields,
 * nulls, a number where a string usually is, empty and scalar "arrays", an array of categories, shared old slugs.
 */
final class RandomArticles {

    static final List<String> STATUSES = List.of("DRAFT", "SCHEDULED", "PUBLISHED", "PUBLISHED", "UNPUBLISHED",
            "DELETED");
    static final List<String> CATEGORIES = List.of("bisnis", "wisata", "tokoh", "properti", "pemerintahan");
    static final List<String> TAGS = List.of("umkm", "banjir", "pilkada", "kuliner", "tol", "sekolah", "pajak", "bola");
    static final List<String> AUTHORS = List.of("ani", "budi", "citra", "dedi");
    static final List<Date> TIMES = new ArrayList<>();

    static {
        for (int i = 0; i < 15; i++) {
            TIMES.add(new Date(1_780_000_000_000L + i * 3_600_000L));
        }
    }

    private final Random random;
    private final List<String> ids = new ArrayList<>();
    private int next;

    RandomArticles(Random random) {
        this.random = random;
    }

    List<Document> documents(int n) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(document());
        }
        return docs;
    }

    private Document document() {
        String id = String.format("%08x-%d", random.nextInt(), next++);
        ids.add(id);
        Document d = new Document("_id", id).append("version", 1 + random.nextInt(3));
        maybe(d, "status", pick(STATUSES), 0.92);
        if (chance(0.02)) {
            d.put("status", 1);
        }
        if (chance(0.03)) {
            d.put("category", List.of(new Document("slug", pick(CATEGORIES)), new Document("slug", pick(CATEGORIES))));
        } else {
            maybe(d, "category", new Document("slug", pick(CATEGORIES)).append("name", "x"), 0.95);
        }
        if (chance(0.05)) {
            d.put("tags", pick(TAGS));
        } else {
            maybe(d, "tags", randomTags(), 0.9);
        }
        maybe(d, "author", new Document("id", pick(AUTHORS)), 0.97);
        maybe(d, "publishedAt", chance(0.1) ? null : pick(TIMES), 0.85);
        maybe(d, "updatedAt", pick(TIMES), 0.95);
        maybe(d, "scheduledAt", chance(0.2) ? null : pick(TIMES), 0.7);
        if (chance(0.5)) {
            List<Document> outbox = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                outbox.add(new Document("id", "e" + random.nextInt(1000)).append("time", pick(TIMES)));
            }
            d.put("outbox", outbox);
        }
        if (chance(0.95)) {
            d.put("slug", "s-" + id);
            d.put("slugs", chance(0.3) ? List.of("s-" + id, "old-" + random.nextInt(20)) : List.of("s-" + id));
        }
        if (chance(0.3)) {
            d.put("legacy", new Document("wordpressId", random.nextInt(50)));
        }
        return d;
    }

    /** One write, the same on both collections. */
    void randomWrite(MongoCollection<Document> a, MongoCollection<Document> b) {
        String id = anyId();
        Bson byId = Filters.eq("_id", id);
        List<Runnable> ops = new ArrayList<>();
        switch (random.nextInt(8)) {
            case 0 -> {
                Bson set = Updates.combine(Updates.set("status", pick(STATUSES)),
                        Updates.set("publishedAt", pick(TIMES)),
                        Updates.set("updatedAt", pick(TIMES)), Updates.inc("version", 1));
                ops.add(() -> a.updateOne(byId, set));
                ops.add(() -> b.updateOne(byId, set));
            }
            case 1 -> {
                Bson cas = Filters.and(byId, Filters.eq("version", 1 + random.nextInt(3)));
                Bson set = Updates.combine(Updates.set("tags", randomTags()), Updates.inc("version", 1),
                        Updates.set("category", new Document("slug", pick(CATEGORIES))));
                ops.add(() -> a.updateOne(cas, set));
                ops.add(() -> b.updateOne(cas, set));
            }
            case 2 -> {
                Bson pull = Updates.pull("outbox", new Document("id", "e" + random.nextInt(1000)));
                Bson all = Updates.unset("outbox");
                Bson u = chance(0.5) ? pull : all;
                ops.add(() -> a.updateOne(byId, u));
                ops.add(() -> b.updateOne(byId, u));
            }
            case 3 -> {
                Bson push = Updates.push("outbox",
                        new Document("id", "e" + random.nextInt(1000)).append("time", pick(TIMES)));
                ops.add(() -> a.updateOne(byId, push));
                ops.add(() -> b.updateOne(byId, push));
            }
            case 4 -> {
                Bson add = Updates.addToSet("slugs", "old-" + random.nextInt(20));
                ops.add(() -> a.updateOne(byId, add));
                ops.add(() -> b.updateOne(byId, add));
            }
            case 5 -> {
                Document replacement = document();
                ids.remove(replacement.getString("_id"));
                replacement.put("_id", id);
                replacement.remove("slug"); // keep the unique slug of the replaced document free of clashes
                ops.add(() -> a.replaceOne(byId, Document.parse(replacement.toJson())));
                ops.add(() -> b.replaceOne(byId, Document.parse(replacement.toJson())));
            }
            case 6 -> {
                ids.remove(id);
                ops.add(() -> a.deleteOne(byId));
                ops.add(() -> b.deleteOne(byId));
            }
            default -> {
                Document fresh = document();
                ops.add(() -> a.insertOne(Document.parse(fresh.toJson())));
                ops.add(() -> b.insertOne(Document.parse(fresh.toJson())));
            }
        }
        ops.forEach(Runnable::run);
    }

    String anyId() {
        return ids.isEmpty() ? "none" : ids.get(random.nextInt(ids.size()));
    }

    List<String> someIds(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(chance(0.8) ? anyId() : "missing-" + i);
        }
        return out;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private List<String> randomTags() {
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String t = pick(TAGS);
            if (!tags.contains(t)) {
                tags.add(t);
            }
        }
        return tags;
    }

    private void maybe(Document d, String field, Object value, double p) {
        if (chance(p)) {
            d.put(field, value);
        }
    }
}
