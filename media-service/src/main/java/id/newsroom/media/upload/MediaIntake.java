package id.newsroom.media.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import id.newsroom.media.catalog.Ids;
import id.newsroom.media.catalog.Media;
import id.newsroom.media.catalog.MediaCatalog;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.events.MediaEvents;
import id.newsroom.media.events.OutboxRelay;
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
 * the same bytes already stored, otherwise make every variant, store original and variants, then write the media
 * with its event. A picture refused at any step leaves nothing behind: blobs are written only once every variant
 * exists, the document only after the blobs.
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
    private final ExecutorService widthWorkers;

    public MediaIntake(MediaProperties properties, MediaCatalog catalog, BlobStore blobs, VariantMaker maker,
            ProcessingGate gate, MediaEvents events, OutboxRelay relay, MediaMetrics metrics) {
        this.properties = properties;
        this.catalog = catalog;
        this.blobs = blobs;
        this.maker = maker;
        this.gate = gate;
        this.events = events;
        this.relay = relay;
        this.metrics = metrics;
        this.widthWorkers = Executors.newFixedThreadPool(Math.max(1, properties.processing().concurrency()), r -> {
            Thread t = new Thread(r, "media-widths");
            t.setDaemon(true);
            return t;
        });
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
            metrics.accepted(size);
            return new Intake(media, true);
        }
        // Someone stored the same bytes (or source URL) meanwhile: theirs is the media; the blobs are the same keys.
        Media other = catalog.findBySha256(sha256)
                .or(() -> sourceUrl == null ? java.util.Optional.empty() : catalog.findBySourceUrl(sourceUrl))
                .orElseThrow(() -> new IllegalStateException("Duplicate media vanished: " + sha256));
        return new Intake(other, false);
    }

    private Media processAndStore(Path file, ImageHeader header, String sha256, long size, Description d,
            String sourceUrl) throws IOException {
        long start = System.nanoTime();
        FocalPoint focus = FocalPoint.CENTRE;
        String rev = Media.revision(sha256, focus);
        try (Workspace job = Workspace.create(properties.processing().tempDir(), "media-")) {
            VariantMaker.Master master = maker.master(file, job.dir(), header.width(), header.height());
            // Widths on a second thread while the crops are made here: two vips processes per picture at a time.
            CompletableFuture<Map<String, Path>> widthsLater = CompletableFuture.supplyAsync(() -> {
                try {
                    return maker.widths(master, job.dir());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, widthWorkers);
            Map<String, Path> crops = maker.crops(master, job.dir(), focus);
            Map<String, Path> widths = join(widthsLater);
            metrics.processed(System.nanoTime() - start);
            blobs.put(BlobKeys.original(sha256), file, "image/" + header.format().json());
            for (Map.Entry<String, Path> w : widths.entrySet()) {
                String[] nf = w.getKey().split("\\.");
                blobs.put(BlobKeys.width(sha256, nf[0], nf[1]), w.getValue(), contentType(nf[1]));
            }
            storeCrops(sha256, rev, crops);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            return new Media(Ids.uuidV7(), 1, rev, List.of(rev), sha256, master.width(), master.height(),
                    header.format().json(), size, d.alt(), d.caption(), d.credit(), focus,
                    Variants.widthsFor(master.width()), sourceUrl, now, now);
        }
    }

    /** Makes the crops of a new focal point from the stored original (a PATCH); width variants are shared. */
    public void makeRevision(Media media, FocalPoint focus, String rev) throws IOException, InterruptedException {
        gate.run(() -> {
            try (Workspace job = Workspace.create(properties.processing().tempDir(), "media-")) {
                Path original = job.resolve("original");
                if (!blobs.copyTo(BlobKeys.original(media.sha256()), original)) {
                    throw new IOException("The original of media " + media.id() + " is missing");
                }
                // The stored size is the upright one, as the master is: nothing to swap.
                VariantMaker.Master master = maker.master(original, job.dir(), media.width(), media.height());
                storeCrops(media.sha256(), rev, maker.crops(master, job.dir(), focus));
            }
            return null;
        });
    }

    private void storeCrops(String sha256, String rev, Map<String, Path> crops) throws IOException {
        for (Map.Entry<String, Path> c : crops.entrySet()) {
            String[] nf = c.getKey().split("\\.");
            blobs.put(BlobKeys.crop(sha256, rev, nf[0], nf[1]), c.getValue(), contentType(nf[1]));
        }
    }

    private static Map<String, Path> join(CompletableFuture<Map<String, Path>> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
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
