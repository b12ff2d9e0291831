package id.newsroom.article.review;

import id.newsroom.article.editing.ArticleController;
import id.newsroom.article.editing.ArticleResponse;
import id.newsroom.article.editing.HtmlSanitizer;
import id.newsroom.article.security.CurrentStaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Review: a writer submits, an editor publishes (publish, schedule) or returns the story with a note. */
@RestController
@RequestMapping("/api/articles/{id}")
@Tag(name = "Artikel")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class ReviewController {

    private final Reviews reviews;
    private final CurrentStaffMember currentStaffMember;

    public ReviewController(Reviews reviews, CurrentStaffMember currentStaffMember) {
        this.reviews = reviews;
        this.currentStaffMember = currentStaffMember;
    }

    @Schema(example = "{\"note\": \"Sudah dicek ke narasumber, mohon ditinjau.\"}")
    public record SubmitRequest(@Size(max = 2000) String note) {}

    @Schema(example = "{\"note\": \"Tambahkan tanggapan dari pihak kecamatan.\"}")
    public record ReturnRequest(@NotBlank @Size(max = 2000) String note) {}

    @PostMapping("/submit")
    @Operation(summary = "Ajukan artikel untuk ditinjau redaksi", description = "Penulis hanya artikelnya sendiri.")
    public ResponseEntity<ArticleResponse> submit(@PathVariable String id,
            @Valid @RequestBody(required = false) SubmitRequest request) {
        String note = request == null || request.note() == null || request.note().isBlank()
                ? null
                : HtmlSanitizer.plainText(request.note());
        return ArticleController.withEtag(ResponseEntity.ok(), reviews.submit(id, note, currentStaffMember.get()));
    }

    @PostMapping("/return")
    @Operation(summary = "Kembalikan artikel ke penulis dengan catatan (redaksi)")
    public ResponseEntity<ArticleResponse> giveBack(@PathVariable String id,
            @Valid @RequestBody ReturnRequest request) {
        return ArticleController.withEtag(ResponseEntity.ok(),
                reviews.giveBack(id, HtmlSanitizer.plainText(request.note()), currentStaffMember.get()));
    }
}
