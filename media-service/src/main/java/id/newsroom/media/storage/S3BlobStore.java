package id.newsroom.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Blobs as objects in one bucket of any S3 API (MinIO in compose, AWS, S3Proxy in tests). */
public class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;

    public S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Creates the bucket when it is missing (first start against an empty MinIO). */
    public void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        s3.putObject(p -> p.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(g -> g.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean copyTo(String key, Path target) throws IOException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(g -> g.bucket(bucket).key(key));
                InputStream body = in) {
            Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(h -> h.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(d -> d.bucket(bucket).key(key));
    }
}
