package id.newsroom.media.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import id.newsroom.media.catalog.Media;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.storage.BlobKeys;
import id.newsroom.media.storage.BlobStore;
import id.newsroom.media.variants.FocalPoint;
import id.newsroom.media.variants.ProcessingGate;
import id.newsroom.media.variants.VariantMaker;
import id.newsroom.media.variants.Variants;
import id.newsroom.media.variants.Workspace;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * A variant is made the first time it is wanted (a reader's request, or the warm-up after an upload), from the
 * master stored at upload, and stored: an upload costs one decode, not 22 files. Only the fixed set of the media's
 * widths and crops of its known revisions can be made, so nobody can make the service resize arbitrary sizes. One
 * making per blob key at a time: whoever comes second (a reader or the warm-up) waits for the first one's bytes.
 */
@Component
public class LazyVariants {

    /** Who asked for a variant that did not exist yet. */
    public enum Trigger {
        REQUEST, WARMUP
    }

    private final BlobStore blobs;
    private final VariantMaker onRequest;
    private final VariantMaker inBackground;
    private final ProcessingGate gate;
    private final MediaProperties properties;
    private final Counter madeOnRequest;
    private final Counter madeInBackground;
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> making = new ConcurrentHashMap<>();

    public LazyVariants(BlobStore blobs, VariantMaker maker, ProcessingGate gate, MediaProperties properties,
            MeterRegistry registry) {
        this.blobs = blobs;
        this.onRequest = maker;
        this.inBackground = maker.background();
        this.gate = gate;
        this.properties = properties;
        this.madeOnRequest = made(registry, "request");
        this.madeInBackground = made(registry, "warmup");
    }

    private static Counter made(MeterRegistry registry, String trigger) {
        return Counter.builder("news_media_variants_made").tag("trigger", trigger)
                .description("Variants made, on a reader's first request or by the warm-up after an upload")
                .register(registry);
    }

    /**
     * The blob key of {@code variant.format} of revision {@code rev}; empty when it is not one of the media's
     * variants (unknown name or format, a width not made for this original, a revision the media never had).
     */
    public static Optional<String> key(Media m, String rev, String variant, String format) {
        if (!Variants.FORMATS.contains(format) || !m.revisions().contains(rev)) {
            return Optional.empty();
        }
        int width = Variants.widthOf(variant);
        if (width > 0) {
            return m.widths().contains(width)
                    ? Optional.of(BlobKeys.width(m.sha256(), variant, format))
                    : Optional.empty();
        }
        return Variants.CROPS.containsKey(variant)
                ? Optional.of(BlobKeys.crop(m.sha256(), rev, variant, format))
                : Optional.empty();
    }

    /** The variant's bytes, made now when they do not exist yet; empty when it is not one of the media's. */
    public Optional<byte[]> get(Media m, String rev, String variant, String format, Trigger trigger)
            throws IOException {
        Optional<String> key = key(m, rev, variant, format);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> stored = blobs.get(key.get());
        if (stored.isPresent()) {
            return stored;
        }
        FocalPoint focus = m.focalPoints().get(rev);
        if (focus == null) {
            return Optional.empty(); // a revision from before focal points were kept: its crops were stored then
        }
        return Optional.of(make(m, key.get(), variant, format, focus, trigger));
    }

    /** Makes the variant unless it is stored already (the warm-up: a reader may have been first). */
    public void ensure(Media m, String rev, String variant, String format) throws IOException {
        Optional<String> key = key(m, rev, variant, format);
        FocalPoint focus = m.focalPoints().get(rev);
        if (key.isPresent() && focus != null && !blobs.exists(key.get())) {
            make(m, key.get(), variant, format, focus, Trigger.WARMUP);
        }
    }

    private byte[] make(Media m, String key, String variant, String format, FocalPoint focus, Trigger trigger)
            throws IOException {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = making.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            // Someone may have stored it between our look and our claim.
            Optional<byte[]> stored = blobs.get(key);
            byte[] bytes = stored.isPresent()
                    ? stored.get()
                    : trigger == Trigger.REQUEST
                            ? gate.runAfterUploads(() -> render(m, key, variant, format, focus, onRequest))
                            : render(m, key, variant, format, focus, inBackground);
            if (stored.isEmpty()) {
                (trigger == Trigger.REQUEST ? madeOnRequest : madeInBackground).increment();
            }
            mine.complete(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            IOException io = new IOException("Interrupted while waiting to make " + key, e);
            mine.completeExceptionally(io);
            throw io;
        } finally {
            making.remove(key, mine);
        }
    }

    /**
     * Readers ask through the bounded {@link ProcessingGate}; the warm-up runs outside it, one variant at a time at a
     * lower CPU priority, so it never takes a reader's or an upload's slot.
     */
    private byte[] render(Media m, String key, String variant, String format, FocalPoint focus, VariantMaker maker)
            throws IOException {
        try (Workspace job = Workspace.create(properties.processing().tempDir(), "variant-")) {
            VariantMaker.Master master = master(m, job, maker);
            Path out = maker.make(master, job.dir(), variant, format, focus);
            blobs.put(key, out, format.equals("webp") ? "image/webp" : "image/jpeg");
            return Files.readAllBytes(out);
        }
    }

    /** The stored master; a media stored before masters were kept gets one now, from its original. */
    private VariantMaker.Master master(Media m, Workspace job, VariantMaker maker) throws IOException {
        String ext = BlobKeys.masterExtension(m.format());
        Path file = job.resolve("master." + ext);
        if (blobs.copyTo(BlobKeys.master(m.sha256(), m.format()), file)) {
            return VariantMaker.stored(file, m.width(), m.height());
        }
        Path original = job.resolve("original");
        if (!blobs.copyTo(BlobKeys.original(m.sha256()), original)) {
            throw new IOException("Neither the master nor the original of media " + m.id() + " is stored");
        }
        // The stored size is the upright one, as the master is: nothing to swap.
        VariantMaker.Master master = maker.master(original, job.dir(), ext, m.width(), m.height());
        blobs.put(BlobKeys.master(m.sha256(), m.format()), master.file(), "image/" + (ext.equals("jpg")
                ? "jpeg"
                : "png"));
        return master;
    }

    private static byte[] await(CompletableFuture<byte[]> running) throws IOException {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }
}
