package id.newsroom.article.article;

import java.time.Instant;
import java.util.List;

/** One committed change: who, when, what (the names of the fields that changed). */
public record Revision(long version, String change, Instant at, Article.Author by, List<String> fields) {
}
