package id.newsroom.article.imports;

import java.io.IOException;

import id.newsroom.article.security.CurrentStaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The archive import: NDJSON in, a report out (EDITOR only, see SecurityConfig). */
@RestController
@RequestMapping("/api")
@Tag(name = "Impor", description = "Impor arsip artikel yang sudah ditulis di sistem lain (mis. WordPress)")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class ImportController {

    public static final String NDJSON = "application/x-ndjson";

    private final ImportService imports;
    private final CurrentStaffMember currentStaffMember;

    public ImportController(ImportService imports, CurrentStaffMember currentStaffMember) {
        this.imports = imports;
        this.currentStaffMember = currentStaffMember;
    }

    @PostMapping(path = "/imports", consumes = NDJSON, produces = "application/json")
    @Operation(summary = "Impor arsip (NDJSON, satu artikel per baris)", description = """
            Idempoten menurut externalId: mengirim berkas yang sama lagi tidak mengubah apa pun; baris yang berubah
            memperbarui artikelnya. Baris yang salah dilaporkan dengan nomor baris dan problem detail-nya.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "Satu objek JSON per baris",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ImportLine.class)))
    public ImportReport importArchive(HttpServletRequest request) throws IOException {
        // The body is read as a stream, line by line: an archive of gigabytes never sits in memory.
        return imports.run(request.getInputStream(), currentStaffMember.get());
    }
}
