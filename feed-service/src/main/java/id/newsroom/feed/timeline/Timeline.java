package id.newsroom.feed.timeline;

import org.bson.conversions.Bson;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/** Which timeline: home (value null), a category, a tag or an author. */
public record Timeline(Kind kind, String value) {

    public enum Kind {
        HOME, CATEGORY, TAG, AUTHOR
    }

    public static Timeline home() {
        return new Timeline(Kind.HOME, null);
    }

    public Bson filter() {
        Bson visible = eq("status", "PUBLISHED");
        return switch (kind) {
            case HOME -> visible;
            case CATEGORY -> and(visible, eq("category.slug", value));
            case TAG -> and(visible, eq("tags", value));
            case AUTHOR -> and(visible, eq("author.id", value));
        };
    }

    public String key() {
        return kind + ":" + (value == null ? "" : value);
    }

    public String metricTag() {
        return kind.name().toLowerCase();
    }
}
