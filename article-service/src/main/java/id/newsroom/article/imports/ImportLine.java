package id.newsroom.article.imports;

import java.time.Instant;
import java.util.List;

import id.newsroom.article.editing.ArticleRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of an NDJSON import: an article already written elsewhere, with its own slug, times and status. */
public record ImportLine(
        @NotBlank @Size(max = 200) String externalId,
        @Size(max = 250) String slug,
        String title,
        String summary,
        String body,
        String category,
        List<String> tags,
        ArticleRequest.AuthorRequest author,
        ArticleRequest.ImageRequest image,
        @NotNull Status status,
        Instant publishedAt,
        Instant scheduledAt,
        @Valid Legacy legacy) {

    /** The statuses an archive can hand over; UNPUBLISHED and DELETED articles are simply not imported. */
    public enum Status {
        PUBLISHED, DRAFT, SCHEDULED
    }

    public record Legacy(@Min(1) Long wordpressId, @Size(max = 2000) String permalink) {}

    /** The content part, checked by exactly the rules of an ordinary article. */
    ArticleRequest content() {
        return new ArticleRequest(title, summary, body, category, tags, image, author);
    }
}
