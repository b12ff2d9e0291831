package id.newsroom.web.search;

import java.util.List;
import java.util.Map;

import id.newsroom.web.page.CachePolicy;
import id.newsroom.web.page.CachedFor;
import id.newsroom.web.page.Card;
import id.newsroom.web.page.Meta;
import id.newsroom.web.page.Site;
import id.newsroom.web.upstream.SearchClient;
import id.newsroom.web.upstream.SearchModels;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page (a plain GET form, so it works without JavaScript) and the suggestions the script shows while
 * typing. Parameters are Indonesian: q, kategori, dari, sampai (dates), urut (relevan|terbaru), hal (page).
 */
@Controller
public class SearchPageController {

    /** The form's state and the results; {@code error} is a message for the reader, or null. */
    public record View(String q, String kategori, String dari, String sampai, String urut, int page, long total,
            List<Card> cards, List<SearchModels.Facet> facets, String error, String nextHref, String prevHref) {

        public String facetHref(String slug) {
            return link(q, slug, dari, sampai, urut, 1);
        }
    }

    private static final int PAGE_SIZE = 10;
    private static final int MAX_QUERY_LENGTH = 200;

    private final SearchClient search;
    private final Site site;

    SearchPageController(SearchClient search, Site site) {
        this.search = search;
        this.site = site;
    }

    @GetMapping("/cari")
    @CachedFor(CachePolicy.SEARCH)
    ModelAndView search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kategori,
            @RequestParam(defaultValue = "") String dari, @RequestParam(defaultValue = "") String sampai,
            @RequestParam(defaultValue = "relevan") String urut, @RequestParam(defaultValue = "1") String hal,
            HttpServletResponse response) {
        String query = q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        String sort = urut.equals("terbaru") ? "terbaru" : "relevan";
        int page = hal.matches("\\d{1,3}") ? Math.max(1, Integer.parseInt(hal)) : 1;
        Meta meta = Meta.of(query.isEmpty()
                ? "Cari berita | " + site.name()
                : "Hasil pencarian \"" + query + "\" | " + site.name(), "Cari berita di " + site.name(), "/cari")
                .notIndexed();
        if (query.isEmpty()) {
            return page(meta, new View("", kategori, dari, sampai, sort, 1, 0, List.of(), List.of(), null, null, null));
        }
        try {
            SearchModels.Result result = search.search(new SearchModels.Query(query, kategori, dari, sampai,
                    sort.equals("terbaru") ? "newest" : "relevance", page, PAGE_SIZE));
            String next = (long) page * PAGE_SIZE < result.total()
                    ? link(query, kategori, dari, sampai, sort, page + 1)
                    : null;
            String prev = page > 1 ? link(query, kategori, dari, sampai, sort, page - 1) : null;
            return page(meta, new View(query, kategori, dari, sampai, sort, page, result.total(),
                    result.hits().stream().map(Card::of).toList(), result.categoryFacets(), null, next, prev));
        } catch (SearchClient.BadSearchException e) {
            // The reader's mistake (a bad date): the form again with why, kept like a not-found page, never stale.
            response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NOT_FOUND.cacheControl().getHeaderValue());
            ModelAndView refused = page(meta, new View(query, kategori, dari, sampai, sort, page, 0, List.of(),
                    List.of(), "Pencarian tidak dapat dijalankan: " + e.getMessage(), null, null));
            refused.setStatus(HttpStatus.BAD_REQUEST);
            return refused;
        }
    }

    /** Titles completing what is typed, for the search box's list (progressive enhancement). */
    @GetMapping(path = "/cari/saran", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<SearchModels.Suggestion> suggest(@RequestParam(defaultValue = "") String q) {
        String query = q.strip();
        return query.length() < 2 || query.length() > MAX_QUERY_LENGTH ? List.of() : search.suggest(query);
    }

    private static ModelAndView page(Meta meta, View view) {
        return new ModelAndView("search", Map.of("meta", meta, "view", view));
    }

    static String link(String q, String kategori, String dari, String sampai, String urut, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/cari").queryParam("q", q);
        if (!kategori.isEmpty()) {
            b.queryParam("kategori", kategori);
        }
        if (!dari.isEmpty()) {
            b.queryParam("dari", dari);
        }
        if (!sampai.isEmpty()) {
            b.queryParam("sampai", sampai);
        }
        if (!urut.equals("relevan")) {
            b.queryParam("urut", urut);
        }
        if (page > 1) {
            b.queryParam("hal", page);
        }
        return b.encode().build().toUriString();
    }
}
