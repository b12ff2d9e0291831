package id.newsroom.article.lock;

import java.time.Instant;

import id.newsroom.article.editing.Article;
import id.newsroom.article.editing.ArticleView;
import id.newsroom.article.security.CurrentStaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The desk's edit lock: "sedang diedit oleh ...", its heartbeat, and an explicit take-over. */
@RestController
@RequestMapping("/api/articles/{id}/lock")
@Tag(name = "Artikel")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class EditLockController {

    private final EditLocks locks;
    private final CurrentStaffMember currentStaffMember;

    public EditLockController(EditLocks locks, CurrentStaffMember currentStaffMember) {
        this.locks = locks;
        this.currentStaffMember = currentStaffMember;
    }

    /** @param session a random id of the desk tab; @param takeOver replace another tab's lock */
    @Schema(example = "{\"session\": \"5f0c2a9e-tab\", \"takeOver\": false}")
    public record LockRequest(@NotBlank @Size(max = 100) String session, Boolean takeOver) {}

    public record LockResponse(Article.Author holder, String session, Instant expiresAt) {}

    @PutMapping
    @Operation(summary = "Ambil atau perpanjang kunci sunting (juga detak jantung tab)",
            description = "409 lock-held bila tab lain memegangnya; takeOver: true mengambil alih.")
    public LockResponse acquire(@PathVariable String id, @Valid @RequestBody LockRequest request) {
        ArticleView.EditLock lock = locks.acquire(id, request.session(), Boolean.TRUE.equals(request.takeOver()),
                currentStaffMember.get());
        return new LockResponse(lock.holder(), lock.session(), lock.expiresAt());
    }

    @DeleteMapping
    @Operation(summary = "Lepas kunci sunting (hanya milik sesi ini)")
    public ResponseEntity<Void> release(@PathVariable String id, @RequestParam String session) {
        locks.release(id, session);
        return ResponseEntity.noContent().build();
    }
}
