package id.newsroom.web.article;

import java.util.List;
import java.util.Map;

import id.newsroom.web.media.BodyImages;
import id.newsroom.web.media.Photo;
import id.newsroom.web.media.Picture;
import id.newsroom.web.media.Slot;
import id.newsroom.web.page.ErrorPages;
import id.newsroom.web.page.Meta;
import id.newsroom.web.page.Site;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.PreviewClient;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The desk's preview of an unpublished story (or of a published story's working copy) at a signed, expiring link:
 * the article page as readers will see it, with a "Pratinjau" banner, kept out of search engines ({@code noindex} in
 * the page and the header) and out of every shared cache; its 404/410 pages too.
 */
@Controller
class PreviewPageController {

    private static final int MAX_TOKEN_LENGTH = 400;

    private final PreviewClient previews;
    private final Site site;
    private final BodyImages bodyImages;

    PreviewPageController(PreviewClient previews, Site site, BodyImages bodyImages) {
        this.previews = previews;
        this.site = site;
        this.bodyImages = bodyImages;
    }

    @GetMapping("/pratinjau/{token}")
    ModelAndView preview(@PathVariable String token, HttpServletResponse response) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new NotFoundException("Tautan pratinjau tidak dikenal", false);
        }
        FeedModels.Article a = previews.article(token);
        Photo photo = Photo.of(a.image(), a.title());
        Picture picture = photo == null ? null : Picture.of(photo, Slot.ARTICLE_LEAD);
        Meta meta = Meta.of("Pratinjau: " + a.pageTitle() + " | " + site.name(), a.pageDescription(), null)
                .notIndexed().withPreload(picture);
        keepPrivate(response);
        return new ModelAndView("article", Map.of("meta", meta, "view",
                ArticleController.View.of(a, picture, List.of(), true, bodyImages)));
    }

    /** Before the site-wide 404/410 pages, which a shared cache may keep: a preview's never is. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        keepPrivate(response);
        return ErrorPages.view(e.gone() ? HttpStatus.GONE : HttpStatus.NOT_FOUND, e.getMessage(), e.getMessage());
    }

    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
        response.setHeader("X-Robots-Tag", "noindex");
    }
}
