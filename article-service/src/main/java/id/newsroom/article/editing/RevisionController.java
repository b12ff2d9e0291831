package id.newsroom.article.editing;

import id.newsroom.article.security.CurrentStaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The content of earlier versions: the desk diffs two of them itself, and may restore one as a new save. */
@RestController
@RequestMapping("/api/articles/{id}/revisions/{version}")
@Tag(name = "Artikel")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class RevisionController {

    private final ArticleWorkflow service;
    private final CurrentStaffMember currentStaffMember;

    public RevisionController(ArticleWorkflow service, CurrentStaffMember currentStaffMember) {
        this.service = service;
        this.currentStaffMember = currentStaffMember;
    }

    @GetMapping
    @Operation(summary = "Isi artikel pada satu versi",
            description = "Judul, ringkasan, isi, rubrik, tag, penulis dan foto; 404 bila isi versi itu tidak disimpan.")
    public ContentRules.Content content(@PathVariable String id, @PathVariable long version) {
        return service.revisionContent(id, version);
    }

    @PostMapping("/restore")
    @Operation(summary = "Pulihkan isi versi lama sebagai simpanan baru",
            description = "Wajib If-Match. Artikel terbit: masuk ke salinan kerja.")
    public ResponseEntity<ArticleResponse> restore(@PathVariable String id, @PathVariable long version,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = ArticleController.EDIT_SESSION, required = false) String session) {
        return ArticleController.withEtag(ResponseEntity.ok(), service.restore(id, version,
                ArticleController.requiredIfMatch(ifMatch), session, currentStaffMember.get()));
    }
}
