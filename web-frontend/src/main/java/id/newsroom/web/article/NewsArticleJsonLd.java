package id.newsroom.web.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.newsroom.web.page.Site;
import id.newsroom.web.page.Wib;
import id.newsroom.web.upstream.FeedModels;
import tools.jackson.databind.json.JsonMapper;

/** schema.org NewsArticle for an article page, as Google's article rich results expect it. */
final class NewsArticleJsonLd {

    private NewsArticleJsonLd() {}

    static String of(FeedModels.Article a, Site site, String canonicalUrl, List<String> images,
            JsonMapper json) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", object("@type", "WebPage", "@id", canonicalUrl));
        ld.put("headline", a.title());
        ld.put("description", a.summary() == null ? "" : a.summary());
        ld.put("image", images);
        ld.put("datePublished", Wib.iso(a.publishedAt()));
        ld.put("dateModified", Wib.iso(a.updatedAt() == null ? a.publishedAt() : a.updatedAt()));
        if (a.author() != null) {
            ld.put("author", List.of(object("@type", "Person", "name", a.author().name(),
                    "url", site.absolute(ArticleController.authorPath(a.author().id())))));
        }
        if (a.category() != null) {
            ld.put("articleSection", a.category().name());
        }
        ld.put("keywords", a.tags());
        ld.put("inLanguage", "id");
        ld.put("publisher", object("@type", "NewsMediaOrganization", "name", site.name(), "url", site.url() + "/",
                "logo", object("@type", "ImageObject", "url", site.logoUrl(), "width", 600, "height", 60)));
        // "</script>" inside a headline must not end the script element.
        return json.writeValueAsString(ld).replace("<", "\\u003c");
    }

    /**
     * A JSON object with its members in the order given. Not Map.of, whose order changes from one JVM to the next:
     * each instance of the site would render other bytes, so another ETag, for the same article.
     */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
