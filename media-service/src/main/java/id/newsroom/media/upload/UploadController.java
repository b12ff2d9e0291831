package id.newsroom.media.upload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import id.newsroom.media.catalog.MediaView;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.variants.Workspace;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/media}: a picture as the multipart field {@code file}. */
@RestController
public class UploadController {

    private final MediaIntake intake;
    private final MediaProperties properties;

    public UploadController(MediaIntake intake, MediaProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping(path = "/api/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a JPEG, PNG, WebP or GIF (201; 200 with the existing media for the same bytes)")
    public ResponseEntity<MediaView> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String alt, @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit) throws IOException, InterruptedException {
        Description description = new Description(alt, caption, credit);
        try (Workspace upload = Workspace.create(properties.processing().tempDir(), "upload-")) {
            Path original = upload.resolve("original");
            file.transferTo(original); // Tomcat's temp file moved, never read into the heap
            return answer(intake.ingest(original, description, null), properties);
        }
    }

    /** 201 with Location for a new media, 200 for the existing one. */
    public static ResponseEntity<MediaView> answer(Intake intake, MediaProperties properties) {
        MediaView view = MediaView.of(intake.media(), properties);
        if (intake.created()) {
            return ResponseEntity.created(URI.create("/api/media/" + view.id())).body(view);
        }
        return ResponseEntity.ok(view);
    }
}
