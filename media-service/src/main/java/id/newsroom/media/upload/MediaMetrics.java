package id.newsroom.media.upload;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** The intake's meters (Prometheus names: news_media_*). */
@Component
public class MediaMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary uploadBytes;
    private final Timer processing;

    public MediaMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.uploadBytes = DistributionSummary.builder("news_media_upload_bytes").baseUnit("bytes")
                .description("Size of accepted originals").publishPercentileHistogram().register(registry);
        this.processing = Timer.builder("news_media_processing_seconds")
                .description("Synchronous part of an upload: decoding the original into the master and storing both")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** @param outcome created, duplicate or rejected */
    public void upload(String outcome) {
        Counter.builder("news_media_uploads_total").tag("outcome", outcome).register(registry).increment();
    }

    public void rejected(String reason) {
        upload("rejected");
        Counter.builder("news_media_rejects_total").tag("reason", reason).register(registry).increment();
    }

    public void accepted(long bytes) {
        uploadBytes.record(bytes);
    }

    public void processed(long nanos) {
        processing.record(nanos, TimeUnit.NANOSECONDS);
    }
}
