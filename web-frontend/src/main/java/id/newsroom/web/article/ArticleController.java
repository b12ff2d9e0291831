package id.newsroom.web.article;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import id.newsroom.web.media.BodyImages;
import id.newsroom.web.media.Photo;
import id.newsroom.web.media.Picture;
import id.newsroom.web.media.ShareImage;
import id.newsroom.web.media.Slot;
import id.newsroom.web.page.CachePolicy;
import id.newsroom.web.page.CachedFor;
import id.newsroom.web.page.Card;
import id.newsroom.web.page.Meta;
import id.newsroom.web.page.Redirects;
import id.newsroom.web.page.Site;
import id.newsroom.web.page.Wib;
import id.newsroom.web.upstream.FeedClient;
import id.newsroom.web.upstream.FeedModels;
import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.SearchClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article page. An old slug answers 301 to the current one; so do old WordPress permalinks ({@code /{slug}/})
 * of imported stories. Redirects are cached as long as the page.
 */
@Controller
public class ArticleController {

    /**
     * What the article template shows besides the article itself: its lead picture (null: none), its body with the
     * pictures rendered, and whether it is the desk's preview of an unpublished version (a banner says so).
     */
    public record View(FeedModels.Article article, Picture picture, String bodyHtml, String date, String isoDate,
            String updated, String sectionHref, List<Card> related, boolean preview) {

        static View of(FeedModels.Article a, Picture picture, List<Card> related, boolean preview,
                BodyImages bodyImages) {
            return new View(a, picture, bodyImages.render(a.body()), Wib.display(a.publishedAt()),
                    Wib.iso(a.publishedAt()),
                    a.updatedAt() != null && !a.updatedAt().equals(a.publishedAt())
                            ? Wib.display(a.updatedAt())
                            : null,
                    a.category() == null ? null : Card.sectionPath(a.category().slug()), related, preview);
        }
    }

    private static final int MAX_SLUG_LENGTH = 200;

    private final FeedClient feed;
    private final SearchClient search;
    private final Site site;
    private final JsonMapper json;
    private final BodyImages bodyImages;

    ArticleController(FeedClient feed, SearchClient search, Site site, JsonMapper json, BodyImages bodyImages) {
        this.feed = feed;
        this.search = search;
        this.site = site;
        this.json = json;
        this.bodyImages = bodyImages;
    }

    @GetMapping("/berita/{slug}")
    @CachedFor(CachePolicy.ARTICLE)
    ModelAndView article(@PathVariable String slug) {
        FeedClient.ArticleLookup lookup = feed.article(checked(slug));
        if (lookup.movedTo() != null) {
            return Redirects.permanent(Card.articlePath(lookup.movedTo()));
        }
        FeedModels.Article a = lookup.article();
        String canonical = Card.articlePath(a.slug());
        Photo photo = Photo.of(a.image(), a.title());
        Picture picture = photo == null ? null : Picture.of(photo, Slot.ARTICLE_LEAD);
        ShareImage share = photo == null ? site.defaultShareImage() : ShareImage.of(photo);
        List<String> ldImages = photo == null ? List.of(share.url()) : ShareImage.structuredData(photo);
        Meta meta = Meta.of(a.pageTitle() + " | " + site.name(), a.pageDescription(), canonical)
                .asArticle(share, NewsArticleJsonLd.of(a, site, site.absolute(canonical), ldImages, json))
                .withPreload(picture);
        if (a.category() != null) {
            meta = meta.withFeed(Card.sectionFeedPath(a.category().slug()));
        }
        List<Card> related = search.related(a.id()).stream().map(Card::of).toList();
        return new ModelAndView("article", Map.of("meta", meta, "view", View.of(a, picture, related, false,
                bodyImages)));
    }

    /** An old WordPress permalink: 301 to the article page when feed-service knows the slug, else 404. */
    @GetMapping("/{slug:[a-z0-9][a-z0-9-]*}/")
    @CachedFor(CachePolicy.ARTICLE)
    ModelAndView wordpressPermalink(@PathVariable String slug) {
        FeedClient.ArticleLookup lookup = feed.article(checked(slug));
        return Redirects.permanent(Card.articlePath(lookup.movedTo() != null
                ? lookup.movedTo()
                : lookup.article().slug()));
    }

    static String authorPath(String authorId) {
        return "/penulis/" + UriUtils.encodePathSegment(authorId, StandardCharsets.UTF_8);
    }

    private static String checked(String slug) {
        if (slug.isBlank() || slug.length() > MAX_SLUG_LENGTH) {
            throw new NotFoundException("Berita tidak ditemukan", false);
        }
        return slug;
    }
}
