package id.newsroom.article.editing;

import java.util.function.Function;

/** Which slug an article has, and a free variant when another article already holds it (the unique index says so). */
final class SlugAllocation {

    /** Suffixed variants to try after the plain slug; ids differ in their tail, so a clash past these is a bug. */
    private static final int SUFFIXED_ATTEMPTS = 3;

    private SlugAllocation() {}

    static String forNewArticle(ContentRules.Content c) {
        return c.slug() != null ? c.slug() : Slugs.fromTitle(c.title());
    }

    /**
     * The slug an editor asked for; else it follows the title until first publication, and after that it stays (a
     * slug changed after publication is the editor's decision: readers' old links then answer 301, see feed-service).
     */
    static String afterEdit(Article current, ContentRules.Content edit) {
        if (edit.slug() != null) {
            return edit.slug();
        }
        String fromTitle = Slugs.fromTitle(edit.title());
        return current.publishedAt() != null || fromTitle.equals(Slugs.fromTitle(current.title()))
                ? current.slug()
                : fromTitle;
    }

    /**
     * Writes the article under its slug and, while the store answers that the slug is taken, under suffixed
     * variants. Returns what {@code write} returns for the variant that was written.
     */
    static <T> T write(Article article, Function<Article, T> write) {
        Article candidate = article;
        for (int attempt = 0;; attempt++) {
            try {
                return write.apply(candidate);
            } catch (ArticleStore.SlugTakenException e) {
                if (attempt >= SUFFIXED_ATTEMPTS) {
                    throw e;
                }
                candidate = withSlug(article, Slugs.withSuffix(article.slug(), article.id(), attempt + 1));
            }
        }
    }

    private static Article withSlug(Article a, String slug) {
        return new Article(a.id(), a.version(), a.status(), slug, a.title(), a.summary(), a.body(), a.category(),
                a.tags(), a.author(), a.image(), a.publishedAt(), a.updatedAt(), a.scheduledAt(), a.createdAt(),
                a.legacy(), a.seo());
    }
}
