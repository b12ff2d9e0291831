package id.newsroom.article.editing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.newsroom.article.config.ArticleProperties;
import id.newsroom.article.security.StaffMember;
import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.defaults.problem.ClientProblem.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What an article may contain, beyond the bean constraints of the request: a known section, a real title, a web
 * image URL or a known media, a body within its size, sanitized HTML, clean tags, and who may be named as author.
 */
@Component
public class ContentRules {

    private static final int MAX_TAG_LENGTH = 50;

    private final Categories categories;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final int bodyMaxBytes;
    private final MediaImages mediaImages;

    public ContentRules(Categories categories, ArticleProperties properties, MediaImages mediaImages) {
        this.categories = categories;
        this.mediaImages = mediaImages;
        this.bodyMaxBytes = properties.limits().bodyMaxBytes();
    }

    /**
     * Validated, sanitized content of a request. {@code slug} is the one an editor asked for, null when the request
     * left it to {@link SlugAllocation} (and in a revision's snapshot: restoring old text does not move the URL).
     */
    public record Content(String title, String summary, String body, Article.Category category, List<String> tags,
            Article.Author author, Article.Image image, Article.Seo seo, String slug) {

        /** The editable fields of an article's live state. */
        public static Content of(Article a) {
            return new Content(a.title(), a.summary(), a.body(), a.category(), a.tags(), a.author(), a.image(),
                    a.seo(), null);
        }
    }

    /** The content of a new article (also each line of the archive import, which keeps its own slug and times). */
    public Content validated(ArticleRequest req, StaffMember who) {
        return validated(req, who, null);
    }

    /** The content of an edit: without an author in the request, the article keeps the one it has. */
    public Content validated(ArticleRequest req, StaffMember who, Article.Author existingAuthor) {
        int bodyBytes = req.body().getBytes(StandardCharsets.UTF_8).length;
        if (bodyBytes > bodyMaxBytes) {
            throw ClientProblem.tooLarge("body has " + bodyBytes + " bytes; the limit is " + bodyMaxBytes + " bytes.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Article.Category category = categories.find(req.category()).orElse(null);
        if (category == null) {
            problems.add(new FieldProblem("category", "unknown category '" + req.category()
                    + "'; known: " + categories.all().stream().map(Article.Category::slug).toList()));
        }
        String title = HtmlSanitizer.plainText(req.title());
        if (title.length() < 5) {
            problems.add(new FieldProblem("title", "must have at least 5 characters of text"));
        }
        Article.Image image = external(req.image(), problems);
        if (!problems.isEmpty()) {
            throw ClientProblem.invalid(problems);
        }
        if (req.image() != null && image == null) {
            image = mediaImages.resolve(req.image()); // only a well-formed request gets here: 400 before 422
        }
        String summary = req.summary() == null ? "" : HtmlSanitizer.plainText(req.summary());
        return new Content(title, summary, sanitizer.sanitize(req.body()), category, normalizeTags(req.tags()),
                author(req, who, existingAuthor), image, seo(req.seo()), blankToNull(req.slug()));
    }

    /** Plain text; absent when both parts are blank (the title and summary then serve). */
    private static Article.Seo seo(ArticleRequest.SeoRequest req) {
        if (req == null) {
            return null;
        }
        String title = blankToNull(HtmlSanitizer.plainText(req.title()));
        String description = blankToNull(HtmlSanitizer.plainText(req.description()));
        return title == null && description == null ? null : new Article.Seo(title, description);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * The image of a request naming an external picture; null when it names a media (or none). Exactly one of url
     * and mediaId.
     */
    private static Article.Image external(ArticleRequest.ImageRequest req, List<FieldProblem> problems) {
        if (req == null) {
            return null;
        }
        boolean hasUrl = req.url() != null && !req.url().isBlank();
        boolean hasMedia = req.mediaId() != null && !req.mediaId().isBlank();
        if (hasUrl == hasMedia) {
            problems.add(new FieldProblem("image", "give exactly one of url (an external picture) or mediaId "
                    + "(a media of media-service)"));
        } else if (hasUrl && !isWebUrl(req.url())) {
            problems.add(new FieldProblem("image.url", "must be an absolute http(s) URL"));
        } else if (hasUrl) {
            return new Article.Image(req.url().trim(), HtmlSanitizer.plainText(req.caption()),
                    HtmlSanitizer.plainText(req.credit()), null, HtmlSanitizer.plainText(req.alt()), null, null,
                    null, null);
        }
        return null;
    }

    /** Writers are the author of what they write; only editors may name someone else. */
    private static Article.Author author(ArticleRequest req, StaffMember who, Article.Author existingAuthor) {
        if (req.author() != null && !req.author().id().equals(who.id())) {
            if (!who.isEditor()) {
                throw ClientProblem.forbidden("Only editors may set another author.");
            }
            return new Article.Author(req.author().id().trim(), HtmlSanitizer.plainText(req.author().name()));
        }
        if (req.author() != null) {
            return new Article.Author(who.id(), HtmlSanitizer.plainText(req.author().name()));
        }
        return existingAuthor != null ? existingAuthor : new Article.Author(who.id(), who.name());
    }

    static List<String> normalizeTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            String n = HtmlSanitizer.plainText(t).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
            if (!n.isEmpty()) {
                out.add(n.length() > MAX_TAG_LENGTH ? n.substring(0, MAX_TAG_LENGTH).trim() : n);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isWebUrl(String url) {
        try {
            URI u = URI.create(url.trim());
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
