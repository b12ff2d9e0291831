package id.newsroom.article.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * One relay at a time across instances: if two relays sent events of the same article they could interleave versions.
 * The lease is a document claimed with a conditional upsert; a crashed holder's lease simply expires.
 */
class RelayLease {

    private static final String ID = "outbox-relay";

    private final MongoCollection<Document> locks;
    private final Duration duration;
    private final String owner;
    private Instant heldUntil = Instant.EPOCH;

    RelayLease(MongoCollection<Document> locks, Duration duration) {
        this(locks, duration, UUID.randomUUID().toString());
    }

    /**
     * {@code owner} names the instance; one that is the same across restarts (host and port) lets a killed instance
     * take its own lease back at once instead of waiting for it to expire (the fault suite measured a minute of
     * events held back after a SIGKILL).
     */
    RelayLease(MongoCollection<Document> locks, Duration duration, String owner) {
        this.locks = locks;
        this.duration = duration;
        this.owner = owner;
    }

    /** True while this instance holds the lease; renews it when a third of it has passed. */
    boolean holds() {
        Instant now = Instant.now();
        if (now.isBefore(heldUntil.minus(duration.multipliedBy(2).dividedBy(3)))) {
            return true;
        }
        Instant until = now.plus(duration);
        try {
            locks.findOneAndUpdate(
                    and(eq("_id", ID), or(eq("owner", owner), lt("until", Date.from(now)))),
                    Updates.combine(Updates.set("owner", owner), Updates.set("until", Date.from(until))),
                    new FindOneAndUpdateOptions().upsert(true));
            heldUntil = until;
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                heldUntil = Instant.EPOCH;
                return false; // someone else holds it
            }
            throw e;
        } catch (MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                heldUntil = Instant.EPOCH;
                return false;
            }
            throw e;
        }
    }

    void release() {
        if (heldUntil.isAfter(Instant.now())) {
            locks.deleteOne(and(eq("_id", ID), eq("owner", owner)));
            heldUntil = Instant.EPOCH;
        }
    }
}
