package id.newsroom.media.imports;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.media.catalog.Media;
import id.newsroom.media.catalog.MediaCatalog;
import id.newsroom.media.catalog.MediaView;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.upload.Description;
import id.newsroom.media.upload.Intake;
import id.newsroom.media.upload.MediaIntake;
import id.newsroom.media.upload.UploadController;
import id.newsroom.media.variants.Workspace;
import id.newsroom.media.web.MediaProblem;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/media/imports}: fetch a picture from a public URL, then the same pipeline as an upload. */
@RestController
public class ImportController {

    private final MediaIntake intake;
    private final MediaCatalog catalog;
    private final MediaProperties properties;
    private final UrlFetcher fetcher;

    public ImportController(MediaIntake intake, MediaCatalog catalog, MediaProperties properties) {
        this.intake = intake;
        this.catalog = catalog;
        this.properties = properties;
        this.fetcher = new UrlFetcher(new AddressPolicy(properties.imports().allowed()), properties.imports(),
                properties.maxBytes().toBytes());
    }

    @PostMapping("/api/media/imports")
    @Operation(summary = "Import a picture from a public http(s) URL (201; 200 for a URL imported before)")
    public ResponseEntity<MediaView> importUrl(@RequestBody ImportRequest request)
            throws IOException, InterruptedException {
        URI url = parse(request.url());
        Description description = new Description(request.alt(), request.caption(), request.credit());
        Optional<Media> known = catalog.findBySourceUrl(url.toString());
        if (known.isPresent()) {
            return UploadController.answer(new Intake(known.get(), false), properties);
        }
        try (Workspace job = Workspace.create(properties.processing().tempDir(), "import-")) {
            Path original = job.resolve("original");
            fetcher.fetch(url, original);
            return UploadController.answer(intake.ingest(original, description, url.toString()), properties);
        } catch (MediaProblem e) {
            if (e.getStatusCode().value() == HttpStatus.UNPROCESSABLE_CONTENT.value()) {
                throw e;
            }
            // What the source sent was refused (not an image, too large): the import failed, 422 saying why.
            throw MediaProblem.unprocessable(e.reason(), "Import failed", e.getBody().getDetail());
        }
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw ClientProblem.invalid("url", "required: the http(s) URL of the picture");
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute()) {
                throw ClientProblem.invalid("url", "must be an absolute http(s) URL");
            }
            return uri.normalize();
        } catch (URISyntaxException e) {
            throw ClientProblem.invalid("url", "is not a valid URL: " + e.getMessage());
        }
    }
}
