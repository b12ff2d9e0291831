package id.newsroom.feed.readmodel;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of {@code GET /actuator/readmodel}, as contracts/read-model-listing.schema.json writes it: feed's own types
 * for the contract (search has its own), so the answer cannot drift from the schema by a misspelt map key.
 *
 * @param next the following page's cursor; written as null on the last page (the schema requires the property)
 */
public record ListingPage(String readModel, List<Item> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {

    /** What the read model holds of one article: the newest version it applied and whether readers see it. */
    public record Item(String id, long version, boolean published) {}

    /** A page of at most {@code limit} items: full means more may follow, after its last id. */
    static ListingPage of(String readModel, List<Item> items, int limit) {
        return new ListingPage(readModel, items, items.size() < limit ? null : items.get(items.size() - 1).id());
    }
}
