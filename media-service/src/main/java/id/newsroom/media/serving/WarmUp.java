package id.newsroom.media.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

import id.newsroom.media.catalog.Media;
import id.newsroom.media.variants.Variants;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After an upload (or a new focal point), makes the revision's variants in the background so that readers rarely
 * wait for one: one worker thread, its vips runs at a lower CPU priority and outside the readers' gate, newest
 * picture first (the one just uploaded is the one about to be published), skipping what a reader made first.
 * Nothing here is needed for correctness: after a restart the queue is gone and readers' requests make what is
 * missing. The backlog, in variants, is the gauge {@code news_media_variants_pending}.
 */
@Component
public class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private final LazyVariants variants;
    private final BlockingDeque<Media> queue = new LinkedBlockingDeque<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final ExecutorService worker;

    public WarmUp(LazyVariants variants, MeterRegistry registry) {
        this.variants = variants;
        Gauge.builder("news_media_variants_pending", pending, AtomicInteger::get)
                .description("Variants the background warm-up has still to make (or find made)").register(registry);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "media-warmup");
            t.setDaemon(true);
            return t;
        });
        worker.execute(this::work);
    }

    /** Queues every variant of {@code m}'s current revision, ahead of older pictures. */
    public void schedule(Media m) {
        pending.addAndGet(files(m).size());
        queue.addFirst(m);
    }

    /**
     * The revision's files in the order they are made: crops first (the og and 16x9 crops are what a shared link
     * and a front page show first), then widths from the smallest.
     */
    static List<String[]> files(Media m) {
        List<String[]> files = new ArrayList<>();
        for (String crop : Variants.CROP_NAMES) {
            files.add(new String[]{crop, "jpg"});
            files.add(new String[]{crop, "webp"});
        }
        for (int w : m.widths()) {
            files.add(new String[]{"w" + w, "jpg"});
            files.add(new String[]{"w" + w, "webp"});
        }
        return files;
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            Media m;
            try {
                m = queue.takeFirst();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (String[] file : files(m)) {
                if (Thread.currentThread().isInterrupted()) {
                    return; // shutting down
                }
                try {
                    variants.ensure(m, m.revision(), file[0], file[1]);
                } catch (java.io.IOException | RuntimeException e) {
                    // A reader's request will make it (or say why it cannot); the warm-up goes on.
                    LOG.warn("Warm-up could not make {}.{} of media {}: {}", file[0], file[1], m.id(), e.toString());
                } finally {
                    pending.decrementAndGet();
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
