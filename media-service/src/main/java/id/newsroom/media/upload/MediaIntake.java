package id.newsroom.media.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import id.newsroom.media.catalog.Ids;
import id.newsroom.media.catalog.Media;
import id.newsroom.media.catalog.MediaCatalog;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.events.MediaEvents;
import id.newsroom.media.events.OutboxRelay;
import id.newsroom.media.serving.WarmUp;
import id.newsroom.media.storage.BlobKeys;
import id.newsroom.media.storage.BlobStore;
import id.newsroom.media.variants.FocalPoint;
import id.newsroom.media.variants.ProcessingGate;
import id.newsroom.media.variants.VariantMaker;
import id.newsroom.media.variants.Variants;
import id.newsroom.media.variants.Workspace;
import id.newsroom.media.web.MediaProblem;
import org.springframework.stereotype.Service;

/**
 * One pipeline for uploads and imports: check the bytes (type by magic bytes, size, pixels from the header), find
 * the same bytes already stored, otherwise decode it once into the master, store original and master, then write
 * the media with its event and queue its variants for the background warm-up (a reader's first request makes any
 * still missing). A picture refused at any step leaves nothing behind: blobs are written only once the decode
 * succeeded, the document only after the blobs.
 */
@Service
public class MediaIntake {

    private final MediaProperties properties;
    private final MediaCatalog catalog;
    private final BlobStore blobs;
    private final VariantMaker maker;
    private final ProcessingGate gate;
    private final MediaEvents events;
    private final OutboxRelay relay;
    private final MediaMetrics metrics;
    private final WarmUp warmUp;

    public MediaIntake(MediaProperties properties, MediaCatalog catalog, BlobStore blobs, VariantMaker maker,
            ProcessingGate gate, MediaEvents events, OutboxRelay relay, MediaMetrics metrics, WarmUp warmUp) {
        this.properties = properties;
        this.catalog = catalog;
        this.blobs = blobs;
        this.maker = maker;
        this.gate = gate;
        this.events = events;
        this.relay = relay;
        this.metrics = metrics;
        this.warmUp = warmUp;
    }

    /** Takes the picture in {@code file} (the caller removes the file afterwards). */
    public Intake ingest(Path file, Description description, String sourceUrl)
            throws IOException, InterruptedException {
        try {
            Intake intake = checkAndStore(file, description, sourceUrl);
            metrics.upload(intake.created() ? "created" : "duplicate");
            return intake;
        } catch (MediaProblem e) {
            metrics.rejected(e.reason());
            throw e;
        }
    }

    private Intake checkAndStore(Path file, Description description, String sourceUrl)
            throws IOException, InterruptedException {
        long size = Files.size(file);
        long limit = properties.maxBytes().toBytes();
        if (size > limit) {
            throw MediaProblem.tooLarge(size, limit);
        }
        ImageHeader header;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            header = ImageHeader.read(in, properties.maxPixels());
        }
        String sha256 = sha256(file);
        var existing = catalog.findBySha256(sha256);
        if (existing.isPresent()) {
            return new Intake(existing.get(), false);
        }
        Media media = gate.run(() -> processAndStore(file, header, sha256, size, description, sourceUrl));
        if (catalog.insert(media, events.pending(media, MediaEvents.CREATED))) {
            relay.kick();
            warmUp.schedule(media);
            metrics.accepted(size);
            return new Intake(media, true);
        }
        // Someone stored the same bytes (or source URL) meanwhile: theirs is the media; the blobs are the same keys.
        Media other = catalog.findBySha256(sha256)
                .or(() -> sourceUrl == null ? java.util.Optional.empty() : catalog.findBySourceUrl(sourceUrl))
                .orElseThrow(() -> new IllegalStateException("Duplicate media vanished: " + sha256));
        return new Intake(other, false);
    }

    /**
     * The synchronous part: one decode of the original into the master (which is also what refuses a truncated or
     * corrupt picture), then original and master stored. Variants are made later, from the master.
     */
    private Media processAndStore(Path file, ImageHeader header, String sha256, long size, Description d,
            String sourceUrl) throws IOException {
        long start = System.nanoTime();
        FocalPoint focus = FocalPoint.CENTRE;
        String rev = Media.revision(sha256, focus);
        String format = header.format().json();
        try (Workspace job = Workspace.create(properties.processing().tempDir(), "media-")) {
            VariantMaker.Master master = maker.master(file, job.dir(), BlobKeys.masterExtension(format),
                    header.width(), header.height());
            blobs.put(BlobKeys.original(sha256), file, "image/" + format);
            blobs.put(BlobKeys.master(sha256, format), master.file(),
                    master.file().toString().endsWith(".jpg") ? "image/jpeg" : "image/png");
            metrics.processed(System.nanoTime() - start);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            return new Media(Ids.uuidV7(), 1, rev, List.of(rev), sha256, master.width(), master.height(), format,
                    size, d.alt(), d.caption(), d.credit(), focus, Variants.widthsFor(master.width()), sourceUrl, now,
                    now, Map.of(rev, focus));
        }
    }

    public static String contentType(String format) {
        return format.equals("webp") ? "image/webp" : "image/jpeg";
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
