package id.newsroom.desk.review;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

/** Revisions: the list, two of them side by side (word diff), and restore (the script posts it with If-Match). */
@Controller
class RevisionsController {

    private final ArticleApi api;

    RevisionsController(ArticleApi api) {
        this.api = api;
    }

    @GetMapping("/cerita/{id}/revisi")
    String revisions(@PathVariable String id, @RequestParam(required = false) Long a,
            @RequestParam(required = false) Long b, Authentication auth, CsrfToken csrf, Model model,
            HttpServletRequest req, HttpServletResponse res) {
        JsonNode article = api.get("/api/articles/" + id, req, res);
        List<RevisionsPage.Row> rows = new ArrayList<>();
        api.get("/api/articles/" + id + "/revisions", req, res).path("items").forEach(r -> {
            List<String> names = new ArrayList<>();
            r.path("fields").forEach(f -> names.add(f.asString("")));
            rows.add(new RevisionsPage.Row(r.path("version").asLong(), r.path("change").asString(""),
                    r.path("by").path("name").asString(""), Wib.format(r.path("at").asString(""), Wib.today()),
                    String.join(", ", names)));
        });
        List<RevisionsPage.Field> fields = List.of();
        String error = null;
        if (a != null && b != null) {
            try {
                JsonNode older = api.get("/api/articles/" + id + "/revisions/" + Math.min(a, b), req, res);
                JsonNode newer = api.get("/api/articles/" + id + "/revisions/" + Math.max(a, b), req, res);
                fields = compare(older, newer);
            } catch (RestClientResponseException e) {
                error = "Isi salah satu versi tidak tersimpan (" + e.getStatusCode().value() + ").";
            }
        }
        model.addAttribute("page", new RevisionsPage(DeskUser.of(auth, csrf), id,
                article.path("title").asString(""), rows, a == null || b == null ? null : Math.min(a, b),
                a == null || b == null ? null : Math.max(a, b), fields, error));
        return "revisions";
    }

    static List<RevisionsPage.Field> compare(JsonNode older, JsonNode newer) {
        return List.of(
                new RevisionsPage.Field("Judul", WordDiff.of(older.path("title").asString(""),
                        newer.path("title").asString(""))),
                new RevisionsPage.Field("Ringkasan", WordDiff.of(older.path("summary").asString(""),
                        newer.path("summary").asString(""))),
                new RevisionsPage.Field("Isi", WordDiff.of(WordDiff.text(older.path("body").asString("")),
                        WordDiff.text(newer.path("body").asString("")))));
    }
}
