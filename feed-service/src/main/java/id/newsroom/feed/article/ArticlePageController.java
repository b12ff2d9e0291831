package id.newsroom.feed.article;

import java.net.URI;

import com.mongodb.client.model.Filters;
import id.newsroom.feed.readmodel.ReadModel;
import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.feed.web.HttpCaching;
import id.newsroom.feed.web.Rendered;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article page by slug. A former slug answers 301 to the current one (links shared before a headline change keep
 * working and search engines move to the new URL); an article taken down (unpublished or deleted after it was
 * published) is 410 Gone; anything never published is 404.
 */
@RestController
@Tag(name = "articles")
public class ArticlePageController {

    private final ReadModel readModel;
    private final HttpCaching caching;
    private final JsonMapper json;
    private final ArticlePageCache pages;

    public ArticlePageController(ReadModel readModel, HttpCaching caching, JsonMapper json, ArticlePageCache pages) {
        this.readModel = readModel;
        this.pages = pages;
        this.caching = caching;
        this.json = json;
    }

    @Operation(
            summary = "Published article by slug (301 from a former slug, 410 when taken down, 404 when never published)")
    @GetMapping(path = "/api/articles/{slug}", produces = "application/json")
    public ResponseEntity<byte[]> article(@PathVariable String slug, HttpServletRequest request) {
        ArticlePageCache.Page page = pages.get(readModel.activeName(), slug, () -> {
            Document d = readModel.active()
                    .find(Filters.and(Filters.eq("slug", slug), Filters.eq("status", "PUBLISHED")))
                    .projection(new Document("slugs", 0)).first();
            return d == null ? null : new ArticlePageCache.Page(d.getString("_id"), render(d));
        });
        if (page == null) {
            Document moved = readModel.active()
                    .find(Filters.and(Filters.eq("slugs", slug), Filters.eq("status", "PUBLISHED")))
                    .projection(new Document("slug", 1)).first();
            if (moved == null) {
                throw wasPublished(slug)
                        ? ClientProblem.gone("The article '" + slug + "' has been taken down.")
                        : ClientProblem.notFound("No published article has the slug '" + slug + "'.");
            }
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/api/articles/" + moved.getString("slug"))).build();
        }
        return caching.respond(request, page.rendered());
    }

    /** An article that readers could once read under this slug (410 tells search engines to drop it, 404 not). */
    private boolean wasPublished(String slug) {
        return readModel.active().find(Filters.and(Filters.eq("slugs", slug), Filters.ne("publishedAt", null)))
                .projection(new Document("_id", 1)).first() != null;
    }

    /** For redirecting old WordPress links ({@code /?p=123}) of imported articles to their new page. */
    @Operation(summary = "Published article by its old WordPress post id (same answer as by slug; 404 when unknown)")
    @GetMapping(path = "/api/articles/legacy/wordpress/{postId}", produces = "application/json")
    public ResponseEntity<byte[]> byWordpressId(@PathVariable String postId, HttpServletRequest request) {
        long id;
        try {
            id = Long.parseLong(postId);
        } catch (NumberFormatException e) {
            throw ClientProblem.badRequest("'" + postId + "' is not a WordPress post id (a positive whole number).");
        }
        Document d = readModel.active().find(Filters.and(Filters.eq("legacy.wordpressId", id),
                Filters.eq("status", "PUBLISHED"))).projection(new Document("slugs", 0)).first();
        if (d == null) {
            throw ClientProblem.notFound("No published article was imported from WordPress post " + id + ".");
        }
        return page(d, request);
    }

    private ResponseEntity<byte[]> page(Document d, HttpServletRequest request) {
        return caching.respond(request, render(d));
    }

    private Rendered render(Document d) {
        ArticlePage view = ArticlePage.from(d);
        return Rendered.of(json.writeValueAsBytes(view), MediaType.APPLICATION_JSON, view.updatedAt());
    }
}
