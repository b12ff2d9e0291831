package id.newsroom.article.imports;

import id.newsroom.article.editing.ContentRules;

/**
 * A line that passed validation: its cleaned content, the slug it asks for, the article id it maps to and the
 * fingerprint of what it asked for.
 */
record Candidate(int lineNumber, ImportLine line, ContentRules.Content content, String slug, String id,
        String fingerprint) {}
