package id.newsroom.media.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything media-service can be told, defaults written here once.
 *
 * @param publicUrl where readers fetch variants: the prefix of every variant URL and urlPattern
 * @param maxBytes  largest original accepted (upload or import)
 * @param maxPixels largest original accepted, in pixels, read from the header before any decode
 */
@ConfigurationProperties("media")
public record MediaProperties(
        @DefaultValue("http://127.0.0.1:8084") String publicUrl,
        @DefaultValue("25MB") DataSize maxBytes,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue Storage storage,
        @DefaultValue Processing processing,
        @DefaultValue Imports imports,
        @DefaultValue Serving serving,
        @DefaultValue Events events) {

    public enum StorageKind {
        LOCAL, S3
    }

    /**
     * @param kind      {@code local} (a directory) or {@code s3} (any S3 API: MinIO, S3Proxy, AWS)
     * @param directory the local store's root
     */
    public record Storage(@DefaultValue("local") StorageKind kind, @DefaultValue(".local/media") Path directory,
            @DefaultValue S3 s3) {}

    /**
     * @param endpoint  e.g. http://minio:9000; empty means AWS's own endpoint for the region
     * @param pathStyle bucket in the path (MinIO, S3Proxy) rather than in the host name
     */
    public record S3(String endpoint, @DefaultValue("us-east-1") String region,
            @DefaultValue("newsroom-media") String bucket, String accessKey, String secretKey,
            @DefaultValue("true") boolean pathStyle) {}

    /**
     * @param vips        the libvips command line tool
     * @param concurrency pictures processed at once (each vips process uses the cores itself)
     * @param timeout     longest one vips command may run
     * @param tempDir     where per-job private directories are made; empty = the JVM's temp directory
     */
    public record Processing(@DefaultValue("vips") String vips, @DefaultValue("2") int concurrency,
            @DefaultValue("60s") Duration timeout, Path tempDir) {}

    /**
     * @param allowed        hosts or CIDR ranges an import may reach although they are private (empty: none)
     * @param connectTimeout per connection
     * @param readTimeout    until the response headers arrive
     * @param maxTime        the whole import download, redirects included
     * @param maxRedirects   redirects followed (each one checked like the first URL)
     */
    public record Imports(@DefaultValue List<String> allowed, @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("15s") Duration readTimeout, @DefaultValue("60s") Duration maxTime,
            @DefaultValue("3") int maxRedirects) {}

    /** @param cacheSize variant bytes kept in memory for serving, by weight */
    public record Serving(@DefaultValue("64MB") DataSize cacheSize) {}

    /**
     * @param relayInterval how often the relay retries events Kafka has not acknowledged yet
     * @param sendTimeout   how long the relay waits for Kafka's acknowledgement of one event
     */
    public record Events(@DefaultValue("news.media.v1") String topic, @DefaultValue("3") int partitions,
            @DefaultValue("1") short replicas, @DefaultValue("1s") Duration relayInterval,
            @DefaultValue("10s") Duration sendTimeout) {}

    /** Where a media's variants are served: {publicUrl}/media/{id}/{rev}/ */
    public String variantBase(String id, String rev) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/media/" + id + "/" + rev + "/";
    }
}
