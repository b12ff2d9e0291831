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

/**
 * The editors' API. Every article response carries its ETag ({@code "<version>"}, or {@code "<version>.<n>"} while a
 * working copy exists). Writes may carry {@code Edit-Session} (the desk tab's id): refused once another tab holds the
 * story's edit lock.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Artikel", description = "API redaksi: menulis, menyunting, menjadwalkan, menerbitkan dan menarik artikel")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class ArticleController {

    static final String EDIT_SESSION = "Edit-Session";

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
        ArticleView a = service.create(request, currentStaffMember.get());
        return withEtag(ResponseEntity.created(URI.create("/api/articles/" + a.article().id())), a);
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "Baca satu artikel")
    public ResponseEntity<ArticleResponse> get(@PathVariable String id) {
        return withEtag(ResponseEntity.ok(), service.get(id));
    }

    @GetMapping("/articles")
    @Operation(summary = "Daftar artikel redaksi, perubahan terbaru dulu",
            description = "Kursor keyset: kirim nextCursor dari halaman sebelumnya sebagai cursor. q: kata dalam judul; "
                    + "review: SUBMITTED atau RETURNED.")
    public Page list(@RequestParam(required = false) Status status,
            @RequestParam(required = false) String category,
            @Parameter(description = "id penulis") @RequestParam(required = false) String author,
            @Parameter(description = "kata dalam judul (tanpa beda huruf besar/kecil)") @RequestParam(
                    required = false) String q,
            @RequestParam(required = false) ArticleView.ReviewState review,
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
        if (q != null && q.length() > 200) {
            throw ClientProblem.invalid("q", "must have at most 200 characters");
        }
        if (q != null && q.chars().anyMatch(Character::isISOControl)) { // a NUL cannot be in a MongoDB regex
            throw ClientProblem.invalid("q", "must not contain control characters");
        }
        List<ArticleView> items = service.list(new ArticleListing.Filter(status, category, author,
                q == null || q.isBlank() ? null : q, review == null ? null : review.name()), afterTime, afterId,
                limit + 1);
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            Article last = items.get(limit - 1).article();
            next = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (last.updatedAt().toEpochMilli() + "_" + last.id()).getBytes(StandardCharsets.UTF_8));
        }
        return new Page(items.stream().map(ArticleResponse::of).toList(), next);
    }

    public record Page(List<ArticleResponse> items, String nextCursor) {}

    @PutMapping("/articles/{id}")
    @Operation(summary = "Ganti isi artikel",
            description = "Wajib If-Match berisi ETag terakhir (428 tanpa, 412 bila basi). Artikel terbit: "
                    + "perubahan masuk ke salinan kerja (workingCopy), halaman publik tetap sampai diterbitkan.")
    public ResponseEntity<ArticleResponse> update(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = EDIT_SESSION, required = false) String session,
            @Valid @RequestBody ArticleRequest request) {
        return withEtag(ResponseEntity.ok(),
                service.update(id, requiredIfMatch(ifMatch), session, request, currentStaffMember.get()));
    }

    @DeleteMapping("/articles/{id}/working-copy")
    @Operation(summary = "Buang salinan kerja artikel terbit", description = "Versi terbit tidak berubah.")
    public ResponseEntity<ArticleResponse> discardWorkingCopy(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = EDIT_SESSION, required = false) String session) {
        return withEtag(ResponseEntity.ok(),
                service.discardWorkingCopy(id, Etag.parse(ifMatch), session, currentStaffMember.get()));
    }

    @PostMapping("/articles/{id}/publish")
    @Operation(summary = "Terbitkan artikel",
            description = "Artikel terbit dengan salinan kerja: perubahan diterbitkan. Redaksi boleh mengisi "
                    + "publishedAt lampau untuk impor arsip.")
    public ResponseEntity<ArticleResponse> publish(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = EDIT_SESSION, required = false) String session,
            @RequestBody(required = false) PublishRequest request) {
        Instant backdate = request == null ? null : request.publishedAt();
        return withEtag(ResponseEntity.ok(),
                service.publish(id, Etag.parse(ifMatch), session, backdate, currentStaffMember.get()));
    }

    @PostMapping("/articles/{id}/unpublish")
    @Operation(summary = "Tarik artikel dari publik", description = "Alasan (opsional) disimpan di riwayat.")
    public ResponseEntity<ArticleResponse> unpublish(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = EDIT_SESSION, required = false) String session,
            @Valid @RequestBody(required = false) UnpublishRequest request) {
        String reason = request == null || request.reason() == null || request.reason().isBlank()
                ? null
                : HtmlSanitizer.plainText(request.reason());
        return withEtag(ResponseEntity.ok(),
                service.unpublish(id, Etag.parse(ifMatch), session, reason, currentStaffMember.get()));
    }

    @PostMapping("/articles/{id}/schedule")
    @Operation(summary = "Jadwalkan penerbitan")
    public ResponseEntity<ArticleResponse> schedule(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = EDIT_SESSION, required = false) String session,
            @Valid @RequestBody ScheduleRequest request) {
        return withEtag(ResponseEntity.ok(),
                service.schedule(id, Etag.parse(ifMatch), session, request.at(), currentStaffMember.get()));
    }

    @DeleteMapping("/articles/{id}")
    @Operation(summary = "Hapus artikel (lunak, final)")
    public ResponseEntity<ArticleResponse> delete(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = EDIT_SESSION, required = false) String session) {
        return withEtag(ResponseEntity.ok(),
                service.delete(id, Etag.parse(ifMatch), session, currentStaffMember.get()));
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

    public static ResponseEntity<ArticleResponse> withEtag(ResponseEntity.BodyBuilder builder, ArticleView a) {
        return builder.eTag(a.etag()).body(ArticleResponse.of(a));
    }

    static Etag requiredIfMatch(String header) {
        Etag expected = Etag.parse(header);
        if (expected == null) {
            throw ArticleProblems.ifMatchRequired();
        }
        return expected;
    }
}
