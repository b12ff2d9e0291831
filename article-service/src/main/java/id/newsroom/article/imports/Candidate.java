package id.newsroom.article.imports;

import id.newsroom.article.article.ArticleService;

/**
 * A line that passed validation: its cleaned content, the slug it asks for, the article id it maps to and the
 * fingerprint of what it asked for.
 */
record Candidate(int lineNumber, ImportLine line, ArticleService.Content content, String slug, String id,
                 String fingerprint) {
}
