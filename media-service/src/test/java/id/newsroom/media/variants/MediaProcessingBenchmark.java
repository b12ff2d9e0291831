package id.newsroom.media.variants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.newsroom.media.support.Api;
import id.newsroom.media.support.ItBase;
import id.newsroom.media.upload.ImageHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not part of verify (the name matches neither *Test nor *IT). Run:
 * {@code ./mvnw -B -q -pl media-service -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MediaProcessingBenchmark -Dtest.jvm.args= && cat media-service/target/benchmark-media.txt}
 * Prints: the pipeline (one decode into a master, every variant from it) against {@code vipsthumbnail} making the
 * same 22 files from the original in the same run; heap allocated per picture; the bomb refusal time; at 1 picture/s
 * of 5 MB phone photos over HTTP, the time until the upload answers and until every variant URL of it answers 200;
 * the first request of a variant not made yet.
 */
class MediaProcessingBenchmark extends ItBase {

    private static final int RUNS = 5;
    private static final int UPLOADS = 20;
    /** A 12-megapixel phone photo. */
    private static final int W = 4032;
    private static final int H = 3024;

    @Autowired
    VariantMaker maker;

    @Test
    void measure() throws Exception {
        Path dir = Files.createTempDirectory("media-bench");
        Path photo = photo(dir);
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "photo: %d x %d JPEG, %,d bytes; %d cores", W, H, Files.size(photo),
                Runtime.getRuntime().availableProcessors()));

        pipeline(photo, dir); // warm-up (JIT, page cache)
        anchor(photo, dir);
        long[] ours = new long[RUNS];
        long[] anchor = new long[RUNS];
        long[] allocated = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long before = threadAllocated();
            long t = System.nanoTime();
            pipeline(photo, dir);
            ours[i] = System.nanoTime() - t;
            allocated[i] = threadAllocated() - before;
            t = System.nanoTime();
            anchor(photo, dir);
            anchor[i] = System.nanoTime() - t;
        }
        out.add(String.format(Locale.ROOT, "pipeline (master + 22 files): median %d ms; vipsthumbnail x 22 from "
                + "the original: median %d ms; ratio %.2f (target <= 2)", median(ours) / 1_000_000,
                median(anchor) / 1_000_000, (double) median(ours) / median(anchor)));
        out.add(String.format(Locale.ROOT, "heap allocated per picture by the pipeline: median %,d bytes",
                median(allocated)));

        byte[] bomb = fixture("bomb-20000.png");
        byte[] bombJpeg = fixture("bomb-20000.jpg");
        long[] refusals = new long[20_000];
        for (int i = 0; i < refusals.length; i++) {
            long t = System.nanoTime();
            try {
                ImageHeader.read(new ByteArrayInputStream(i % 2 == 0 ? bomb : bombJpeg), 50_000_000);
            } catch (RuntimeException expected) {
                refusals[i] = System.nanoTime() - t;
            }
        }
        long[] overHttp = new long[20];
        for (int i = 0; i < overHttp.length; i++) {
            long t = System.nanoTime();
            int status = writer().upload("bomb.png", bomb, "image/png", Map.of()).status();
            overHttp[i] = System.nanoTime() - t;
            if (status != 422) {
                throw new IllegalStateException("bomb answered " + status);
            }
        }
        Arrays.sort(refusals);
        out.add(String.format(Locale.ROOT, "bomb (20000 x 20000) refused from its header: median %.1f us, p99 "
                + "%.1f us; whole HTTP upload answered 422: median %.1f ms (limit 50 ms)", refusals[10_000] / 1e3,
                refusals[19_800] / 1e3, median(overHttp) / 1e6));

        out.add(firstRequest(photo));
        out.addAll(uploads(photo));
        out.add(serving());
        String report = String.join("\n", out) + "\n";
        Files.writeString(Path.of("target/benchmark-media.txt"), report);
        System.out.print(report);
    }

    /**
     * At 1 picture/s, each a different 5 MB photo (a comment segment makes the bytes unique): the time until the
     * upload answers, and until every variant URL of it answers 200 (the uploading thread then asks for all 22, as
     * a reader would; what the warm-up made already is served, the rest is made on that request).
     */
    private List<String> uploads(Path photo) throws Exception {
        byte[] jpeg = Files.readAllBytes(photo);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> readable = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        long heapBefore = allAllocated();
        long start = System.nanoTime();
        for (int i = 0; i < UPLOADS; i++) {
            byte[] unique = unique(jpeg);
            long due = start + i * 1_000_000_000L;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            Thread thread = new Thread(() -> {
                long t = System.nanoTime();
                Api.Answer answer = writer().upload("p.jpg", unique, "image/jpeg", Map.of());
                if (answer.status() != 201) {
                    throw new IllegalStateException(answer.body());
                }
                latencies.add(System.nanoTime() - t);
                answer.json().path("variants").forEach(formats -> formats.forEach(url -> {
                    Api.Answer v = anonymous().getUrl(url.asString());
                    if (v.status() != 200) {
                        throw new IllegalStateException(url + " answered " + v.status());
                    }
                }));
                readable.add(System.nanoTime() - t);
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        long perUpload = (allAllocated() - heapBefore) / UPLOADS;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] all = readable.stream().mapToLong(Long::longValue).sorted().toArray();
        return List.of(String.format(Locale.ROOT, "upload over HTTP at 1/s of %,d-byte photos (%d): answered p50 %d "
                + "ms, p99 %d ms (target <= 2000); heap allocated per upload in the whole JVM (client included): %,d "
                + "bytes", jpeg.length, UPLOADS, sorted[sorted.length / 2] / 1_000_000,
                sorted[sorted.length - 1] / 1_000_000, perUpload),
                String.format(Locale.ROOT, "  until every variant URL (22) answered 200, the uploader asking for "
                        + "all of them: p50 %d ms, p99 %d ms", all[all.length / 2] / 1_000_000,
                        all[all.length - 1] / 1_000_000));
    }

    /** One upload, then the first request of a width and of a crop nobody made yet, and the same again. */
    private String firstRequest(Path photo) {
        byte[] jpeg = unique(readAll(photo));
        long t = System.nanoTime();
        tools.jackson.databind.JsonNode media = writer().upload("f.jpg", jpeg, "image/jpeg", Map.of()).json();
        long upload = System.nanoTime() - t;
        long[] firsts = new long[2];
        long[] agains = new long[2];
        String[] urls = {media.path("variants").path("w2048").path("webp").asString(),
                media.path("variants").path("thumb").path("jpg").asString()};
        for (int i = 0; i < 2; i++) {
            t = System.nanoTime();
            anonymous().getUrl(urls[i]);
            firsts[i] = System.nanoTime() - t;
            t = System.nanoTime();
            anonymous().getUrl(urls[i]);
            agains[i] = System.nanoTime() - t;
        }
        return String.format(Locale.ROOT, "one upload alone answered in %d ms; first request of w2048.webp (not made "
                + "yet) %d ms, then %.1f ms; of thumb.jpg (a crop) %d ms, then %.1f ms", upload / 1_000_000,
                firsts[0] / 1_000_000, agains[0] / 1e6, firsts[1] / 1_000_000, agains[1] / 1e6);
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A cached variant against the liveness endpoint, same client, same connections, 2 threads for 5 s each. */
    private String serving() throws Exception {
        Api.Answer media = writer().upload("s.png", fixture("plain.png"), "image/png", Map.of());
        String variant = java.net.URI.create(media.json().path("variants").path("w320").path("webp").asString())
                .getPath();
        double variantRate = rate(variant);
        double livenessRate = rate("/actuator/health/liveness");
        double again = rate(variant);
        return String.format(Locale.ROOT, "serving a cached variant: %.0f req/s (again %.0f); liveness: %.0f req/s; "
                + "ratio %.2f", variantRate, again, livenessRate, Math.max(variantRate, again) / livenessRate);
    }

    private double rate(String path) throws InterruptedException {
        java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        long end = System.nanoTime() + 5_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                Api client = anonymous();
                while (System.nanoTime() < end) {
                    if (client.get(path).status() == 200) {
                        count.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return count.get() / 5.0;
    }

    private void pipeline(Path photo, Path dir) throws IOException {
        try (Workspace job = Workspace.create(dir, "job-")) {
            VariantMaker.Master master = maker.master(photo, job.dir(), "jpg", W, H);
            maker.widths(master, job.dir());
            maker.crops(master, job.dir(), FocalPoint.CENTRE);
        }
    }

    /** The same 22 files, each made by vipsthumbnail straight from the original (shrink-on-load every time). */
    private static void anchor(Path photo, Path dir) throws IOException, InterruptedException {
        try (Workspace job = Workspace.create(dir, "anchor-")) {
            List<String[]> sizes = new ArrayList<>();
            for (int w : Variants.widthsFor(W)) {
                Variants.Size s = Variants.widthSize(w, W, H);
                sizes.add(new String[]{"w" + w, s.width() + "x" + s.height() + "!", null});
            }
            Variants.CROPS.forEach((name, size) -> {
                Variants.Size s = Variants.cropSize(size, W, H);
                sizes.add(new String[]{name, s.width() + "x" + s.height(), "centre"});
            });
            for (String[] s : sizes) {
                for (String format : List.of("[Q=82,strip,interlace,optimize_coding]", "[Q=80,strip]")) {
                    String out = job.resolve(s[0] + (format.startsWith("[Q=82") ? ".jpg" : ".webp")) + format;
                    List<String> command = new ArrayList<>(List.of("vipsthumbnail", photo.toString(), "-s", s[1]));
                    if (s[2] != null) {
                        command.addAll(List.of("--smartcrop", s[2]));
                    }
                    command.addAll(List.of("-o", out));
                    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("vipsthumbnail failed for " + s[0]);
                    }
                }
            }
        }
    }

    private static Path photo(Path dir) throws IOException, InterruptedException {
        Vips vips = new Vips("vips", java.time.Duration.ofMinutes(2));
        vips.run(dir, "gaussnoise", "noise.v", String.valueOf(W), String.valueOf(H), "--sigma", "40", "--mean",
                "128");
        vips.run(dir, "gaussblur", "noise.v", "blur.v", "1.0");
        vips.run(dir, "colourspace", "blur.v", "rgb.v", "srgb");
        // Q94 of this noise is about 5 MB, as a phone's 12-megapixel JPEG.
        vips.run(dir, "copy", "rgb.v", "photo.jpg[Q=94]");
        return dir.resolve("photo.jpg");
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static long threadAllocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long allAllocated() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
    }
}
