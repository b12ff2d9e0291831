package id.newsroom.article.editing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import id.newsroom.article.security.CurrentStaffMember;
import id.newsroom.defaults.problem.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The editors' API. Every article response carries {@code ETag: "<version>"}. */
@RestController
@RequestMapping("/api")
@Tag(name = "Artikel", description = "API redaksi: menulis, menyunting, menjadwalkan, menerbitkan dan menarik artikel")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class ArticleController {

    private final ArticleWorkflow service;
    private final Categories categories;
    private final CurrentStaffMember currentStaffMember;

    public ArticleController(ArticleWorkflow service, Categories categories, CurrentStaffMember currentStaffMember) {
        this.service = service;
        this.categories = categories;
        this.currentStaffMember = currentStaffMember;
    }

    @PostMapping("/articles")
    @Operation(summary = "Buat draf artikel baru",
            description = "Penulis menjadi penulis artikel; redaksi boleh menentukan penulis lain.")
    public ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleRequest request) {
        Article a = service.create(request, currentStaffMember.get());
        return withEtag(ResponseEntity.created(URI.create("/api/articles/" + a.id())), a);
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "Baca satu artikel")
    public ResponseEntity<ArticleResponse> get(@PathVariable String id) {
        return withEtag(ResponseEntity.ok(), service.get(id));
    }

    @GetMapping("/articles")
    @Operation(summary = "Daftar artikel redaksi, perubahan terbaru dulu",
            description = "Kursor keyset: kirim nextCursor dari halaman sebelumnya sebagai cursor.")
    public Page list(@RequestParam(required = false) Status status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String cursor,
            @Parameter(description = "1..100, bawaan 20") @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw ClientProblem.invalid("limit", "must be between 1 and 100");
        }
        if (category != null && categories.find(category).isEmpty()) {
            throw ClientProblem.invalid("category", "unknown category '" + category + "'");
        }
        Instant afterTime = null;
        String afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int sep = raw.indexOf('_');
                afterTime = Instant.ofEpochMilli(Long.parseLong(raw.substring(0, sep)));
                afterId = raw.substring(sep + 1);
            } catch (RuntimeException e) {
                throw ClientProblem.invalid("cursor", "is not a cursor this API returned");
            }
        }
        List<Article> items = service.list(status, category, author, afterTime, afterId, limit + 1);
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            Article last = items.get(limit - 1);
            next = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (last.updatedAt().toEpochMilli() + "_" + last.id()).getBytes(StandardCharsets.UTF_8));
        }
        return new Page(items.stream().map(ArticleResponse::of).toList(), next);
    }

    public record Page(List<ArticleResponse> items, String nextCursor) {}

    @PutMapping("/articles/{id}")
    @Operation(summary = "Ganti isi artikel",
            description = "Wajib If-Match berisi ETag terakhir (428 tanpa, 412 bila basi).")
    public ResponseEntity<ArticleResponse> update(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ArticleRequest request) {
        Long expected = parseIfMatch(ifMatch);
        if (expected == null) {
            throw ArticleProblems.ifMatchRequired();
        }
        return withEtag(ResponseEntity.ok(), service.update(id, expected, request, currentStaffMember.get()));
    }

    @PostMapping("/articles/{id}/publish")
    @Operation(summary = "Terbitkan artikel",
            description = "Redaksi boleh mengisi publishedAt lampau untuk impor arsip.")
    public ResponseEntity<ArticleResponse> publish(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) PublishRequest request) {
        Instant backdate = request == null ? null : request.publishedAt();
        return withEtag(ResponseEntity.ok(),
                service.publish(id, parseIfMatch(ifMatch), backdate, currentStaffMember.get()));
    }

    @PostMapping("/articles/{id}/unpublish")
    @Operation(summary = "Tarik artikel dari publik")
    public ResponseEntity<ArticleResponse> unpublish(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(ResponseEntity.ok(), service.unpublish(id, parseIfMatch(ifMatch), currentStaffMember.get()));
    }

    @PostMapping("/articles/{id}/schedule")
    @Operation(summary = "Jadwalkan penerbitan")
    public ResponseEntity<ArticleResponse> schedule(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ScheduleRequest request) {
        return withEtag(ResponseEntity.ok(),
                service.schedule(id, parseIfMatch(ifMatch), request.at(), currentStaffMember.get()));
    }

    @DeleteMapping("/articles/{id}")
    @Operation(summary = "Hapus artikel (lunak, final)")
    public ResponseEntity<ArticleResponse> delete(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(ResponseEntity.ok(), service.delete(id, parseIfMatch(ifMatch), currentStaffMember.get()));
    }

    @GetMapping("/articles/{id}/revisions")
    @Operation(summary = "Riwayat perubahan artikel")
    public Map<String, List<Revision>> revisions(@PathVariable String id) {
        return Map.of("items", service.revisions(id));
    }

    @GetMapping("/categories")
    @Operation(summary = "Rubrik yang tersedia")
    public Map<String, List<Article.Category>> categories() {
        return Map.of("items", categories.all());
    }

    private static ResponseEntity<ArticleResponse> withEtag(ResponseEntity.BodyBuilder builder, Article a) {
        return builder.eTag("\"" + a.version() + "\"").body(ArticleResponse.of(a));
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3}; {@code *} and absence mean "no expectation". */
    static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String v = header.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ArticleProblems.unknownEtag(header);
        }
    }
}
