package id.newsroom.desk.editing;

import java.util.List;
import java.util.Map;

import id.newsroom.desk.DeskProperties;
import id.newsroom.desk.DeskUser;
import id.newsroom.desk.api.ArticleApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/** A new story (title and section first: the API needs them) and the editor page of a story. */
@Controller
class EditorController {

    private final ArticleApi api;
    private final DeskProperties props;

    EditorController(ArticleApi api, DeskProperties props) {
        this.api = api;
        this.props = props;
    }

    @GetMapping("/cerita/baru")
    String newStory(Authentication auth, CsrfToken csrf, Model model, HttpServletRequest req,
            HttpServletResponse res) {
        return newStoryForm(model, auth, csrf, "", "", null, req, res);
    }

    @PostMapping("/cerita")
    String create(@RequestParam String title, @RequestParam String category, Authentication auth, CsrfToken csrf,
            Model model, HttpServletRequest req, HttpServletResponse res) {
        ResponseEntity<JsonNode> created = api.create(Map.of("title", title.trim(), "summary", "", "body", "",
                "category", category, "tags", List.of()), req, res);
        if (!created.getStatusCode().is2xxSuccessful()) {
            String detail = created.getBody() == null ? "" : created.getBody().path("detail").asString("");
            return newStoryForm(model, auth, csrf, title, category, "Belum bisa dibuat: " + detail, req, res);
        }
        return "redirect:/cerita/" + created.getBody().path("id").asString("");
    }

    @GetMapping("/cerita/{id}")
    String edit(@PathVariable String id, Authentication auth, CsrfToken csrf, Model model, HttpServletRequest req,
            HttpServletResponse res) {
        ResponseEntity<JsonNode> article = api.article(id, req, res);
        if (article.getStatusCode().value() == 404 || article.getBody() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Berita tidak ditemukan");
        }
        model.addAttribute("page", EditorPage.of(DeskUser.of(auth, csrf), article.getBody(),
                article.getHeaders().getETag(), api.categories(req, res), props.siteUrl()));
        return "editor";
    }

    private String newStoryForm(Model model, Authentication auth, CsrfToken csrf, String title, String category,
            String error, HttpServletRequest req, HttpServletResponse res) {
        model.addAttribute("user", DeskUser.of(auth, csrf));
        model.addAttribute("sections", EditorPage.sections(api.categories(req, res)));
        model.addAttribute("title", title);
        model.addAttribute("category", category);
        model.addAttribute("error", error);
        return "new-story";
    }
}
