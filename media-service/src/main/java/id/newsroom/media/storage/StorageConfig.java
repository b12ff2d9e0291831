package id.newsroom.media.storage;

import java.io.IOException;
import java.net.URI;

import id.newsroom.media.config.MediaProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The blob store the configuration names: a local directory (default) or an S3 bucket. */
@Configuration(proxyBeanMethods = false)
public class StorageConfig {

    @Bean
    BlobStore blobStore(MediaProperties properties) throws IOException {
        MediaProperties.Storage storage = properties.storage();
        if (storage.kind() == MediaProperties.StorageKind.S3) {
            S3BlobStore store = new S3BlobStore(s3Client(storage.s3()), storage.s3().bucket());
            store.ensureBucket();
            return store;
        }
        return new LocalDiskBlobStore(storage.directory());
    }

    /** Path-style addressing, endpoint, region and credentials from the configuration; one url-connection client. */
    public static S3Client s3Client(MediaProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder().region(Region.of(s3.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(s3.pathStyle())
                // Checksums only where S3 requires them: the SDK's default (CRC trailers on every upload, checksum
                // mode on every download) is AWS-only, and MinIO/S3Proxy versions refuse or mis-verify it.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            builder.credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
