package id.newsroom.article.drift;

/**
 * What one side holds for one article: its version and whether readers see it. {@code inFlight} marks an article
 * whose newest events still wait in the outbox: a read model may lag it legitimately, so the audit leaves it alone.
 */
public record Holding(String id, long version, boolean published, boolean inFlight) {

    public static Holding of(String id, long version, boolean published) {
        return new Holding(id, version, published, false);
    }
}
