package id.newsroom.article.preview;

import java.time.Clock;
import java.time.Instant;

import id.newsroom.article.editing.ArticleProblems;
import id.newsroom.article.editing.ArticleStore;
import id.newsroom.article.editing.ArticleView;
import id.newsroom.article.editing.Status;
import id.newsroom.defaults.problem.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Preview links: the desk asks for one (authenticated); the site fetches the story with the link's token (public:
 * the signed, expiring token is the permission) and renders it as readers would see it, marked noindex.
 */
@RestController
@Tag(name = "Pratinjau", description = "Pratinjau artikel yang belum terbit di situs pembaca")
public class PreviewController {

    private final PreviewTokens tokens;
    private final PreviewProperties properties;
    private final ArticleStore store;
    private final Clock clock = Clock.systemUTC();

    public PreviewController(PreviewTokens tokens, PreviewProperties properties, ArticleStore store) {
        this.tokens = tokens;
        this.properties = properties;
        this.store = store;
    }

    public record PreviewLink(String url, Instant expiresAt) {}

    @PostMapping("/api/articles/{id}/preview")
    @Operation(summary = "Buat tautan pratinjau di situs (berlaku 1 jam)",
            description = "Menampilkan salinan kerja bila ada, selain itu versi artikel saat ini.")
    @SecurityRequirement(name = "basicAuth")
    @SecurityRequirement(name = "bearerAuth")
    public PreviewLink create(@PathVariable String id) {
        Instant now = clock.instant();
        ArticleView view = store.findView(id, now).orElseThrow(() -> ArticleProblems.notFound(id));
        if (view.article().status() == Status.DELETED) {
            throw ArticleProblems.invalidTransition("preview", Status.DELETED.name());
        }
        Instant expiresAt = now.plus(properties.ttl()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String token = tokens.sign(new PreviewTokens.Grant(id, view.workingCopy() != null, expiresAt));
        String site = properties.siteUrl().endsWith("/")
                ? properties.siteUrl().substring(0, properties.siteUrl().length() - 1)
                : properties.siteUrl();
        return new PreviewLink(site + "/pratinjau/" + token, expiresAt);
    }

    @GetMapping("/api/previews/{token}")
    @Operation(summary = "Artikel untuk pratinjau (publik, dengan token bertanda tangan)",
            description = "Bentuk sama dengan GET /api/articles/{slug} feed-service. 404 token palsu, 410 kedaluwarsa.")
    public ResponseEntity<ReaderPage> show(@PathVariable String token) {
        PreviewTokens.Grant grant;
        try {
            grant = tokens.verify(token);
        } catch (PreviewTokens.Forged e) {
            throw ClientProblem.notFound("This preview link is not valid.");
        }
        Instant now = clock.instant();
        if (!grant.expiresAt().isAfter(now)) {
            throw ClientProblem.gone("This preview link expired at " + grant.expiresAt()
                    + "; ask the desk for a new one.");
        }
        ArticleView view = store.findView(grant.articleId(), now)
                .filter(v -> v.article().status() != Status.DELETED)
                .orElseThrow(() -> ClientProblem.notFound("The story of this preview no longer exists."));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", "noindex").body(ReaderPage.of(view, grant.workingCopy()));
    }
}
