package id.newsroom.web.article;

import java.util.List;
import java.util.Map;

import id.newsroom.web.media.BodyImages;
import id.newsroom.web.media.Photo;
import id.newsroom.web.media.Picture;
import id.newsroom.web.media.Slot;
import id.newsroom.web.page.Meta;
import id.newsroom.web.page.Pages;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.PreviewClient;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk's preview of an unpublished story (or of a published story's working copy) at a signed, expiring link:
 * the article page as readers will see it, with a "Pratinjau" banner, kept out of search engines ({@code noindex} in
 * the page and the header) and out of every shared cache.
 */
@RestController
class PreviewPageController {

    private static final int MAX_TOKEN_LENGTH = 400;
    private static final String NOINDEX = "noindex";

    private final PreviewClient previews;
    private final Pages pages;
    private final BodyImages bodyImages;

    PreviewPageController(PreviewClient previews, Pages pages, BodyImages bodyImages) {
        this.previews = previews;
        this.pages = pages;
        this.bodyImages = bodyImages;
    }

    @GetMapping("/pratinjau/{token}")
    ResponseEntity<String> preview(@PathVariable String token) {
        FeedModels.Article a;
        try {
            if (token.length() > MAX_TOKEN_LENGTH) {
                throw new NotFoundException("Tautan pratinjau tidak dikenal", false);
            }
            a = previews.article(token);
        } catch (NotFoundException e) {
            HttpStatus status = e.gone() ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
            return respond(status, pages.html("error", Meta.of(e.getMessage(), e.getMessage(), null).notIndexed(),
                    Map.of("status", status.value(), "message", e.getMessage())));
        }
        Photo photo = Photo.of(a.image(), a.title());
        Picture picture = photo == null ? null : Picture.of(photo, Slot.ARTICLE_LEAD);
        Meta meta = Meta.of("Pratinjau: " + a.pageTitle() + " | " + pages.site().name(), a.pageDescription(), null)
                .notIndexed().withPreload(picture);
        return respond(HttpStatus.OK, pages.html("article", meta,
                Map.of("view", ArticleController.view(a, picture, List.of(), true, bodyImages))));
    }

    private static ResponseEntity<String> respond(HttpStatus status, String html) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", NOINDEX).contentType(Pages.HTML).body(html);
    }
}
