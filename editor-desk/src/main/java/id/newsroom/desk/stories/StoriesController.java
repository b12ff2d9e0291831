package id.newsroom.desk.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.newsroom.desk.DeskUser;
import id.newsroom.desk.Wib;
import id.newsroom.desk.api.ArticleApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

/** The story list: today's and recent stories, filtered, paged by the API's cursor, with who is editing what. */
@Controller
class StoriesController {

    static final List<StoryListPage.Option> STATUSES = List.of(new StoryListPage.Option("", "Semua status"),
            new StoryListPage.Option("DRAFT", "Draf"), new StoryListPage.Option("SCHEDULED", "Terjadwal"),
            new StoryListPage.Option("PUBLISHED", "Terbit"), new StoryListPage.Option("UNPUBLISHED", "Ditarik"));

    private final ArticleApi api;

    StoriesController(ArticleApi api) {
        this.api = api;
    }

    @GetMapping("/")
    String list(@RequestParam Map<String, String> params, Authentication auth, CsrfToken csrf, Model model,
            HttpServletRequest req, HttpServletResponse res) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : List.of("status", "category", "author", "q", "review", "cursor")) {
            filters.put(name, params.getOrDefault(name, "").trim());
        }
        List<StoryRow> rows = new ArrayList<>();
        String next = null;
        String error = null;
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("limit", "25");
        try {
            JsonNode page = api.list(query, req, res);
            LocalDate today = Wib.today();
            page.path("items").forEach(item -> rows.add(StoryRow.of(item, today)));
            next = page.path("nextCursor").asString(null);
        } catch (RestClientResponseException e) {
            error = "Daftar tidak dapat dimuat (" + e.getStatusCode().value() + "). Periksa saringan.";
        }
        model.addAttribute("page", new StoryListPage(DeskUser.of(auth, csrf), filters, sections(req, res),
                STATUSES, rows, next, error));
        return "stories";
    }

    private List<StoryListPage.Option> sections(HttpServletRequest req, HttpServletResponse res) {
        List<StoryListPage.Option> options = new ArrayList<>();
        options.add(new StoryListPage.Option("", "Semua rubrik"));
        api.categories(req, res).path("items").forEach(c -> options.add(new StoryListPage.Option(
                c.path("slug").asString(""), c.path("name").asString(""))));
        return options;
    }
}
