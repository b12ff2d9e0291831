package id.newsroom.article.support;

import java.util.List;

import id.newsroom.infra.contract.ArticleEventContract;

/** The event contract from the repository (contracts/article-event.schema.json), with format assertions on. */
public final class EventSchema {

    private static final ArticleEventContract CONTRACT = ArticleEventContract.load();

    private EventSchema() {}

    /** The violations of one event value; empty when it conforms. */
    public static List<String> violations(String json) {
        return CONTRACT.violations(json);
    }
}
