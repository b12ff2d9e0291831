package id.newsroom.media.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.web.MediaProblem;

/**
 * Downloads a picture for an import: redirects followed by hand (each target checked by the {@link AddressPolicy}),
 * connect and read timeouts, a deadline for the whole download, and no more bytes read than an upload may have.
 */
public class UrlFetcher {

    private final AddressPolicy policy;
    private final MediaProperties.Imports config;
    private final long maxBytes;
    private final HttpClient client;

    public UrlFetcher(AddressPolicy policy, MediaProperties.Imports config, long maxBytes) {
        this.policy = policy;
        this.config = config;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout()).build();
    }

    /** Writes the picture at {@code url} to {@code target}, or throws a 422 problem saying why it could not. */
    public void fetch(URI url, Path target) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + config.maxTime().toNanos();
        URI current = url;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            policy.check(current);
            HttpResponse<InputStream> response = send(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                response.body().close();
                current = current.resolve(response.headers().firstValue("Location").get());
                continue;
            }
            if (status != 200) {
                response.body().close();
                throw failed("The source answered " + status + " for " + current + ".");
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                response.body().close();
                throw failed("The source's picture has " + declared + " bytes; the limit is " + maxBytes + ".");
            }
            copy(response.body(), target, deadline);
            return;
        }
        throw failed("The source redirected more than " + config.maxRedirects() + " times.");
    }

    private HttpResponse<InputStream> send(URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.readTimeout())
                .header("Accept", "image/jpeg, image/png, image/webp, image/gif").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw failed("The source " + uri.getHost() + " could not be read: " + e);
        }
    }

    /** Copies at most maxBytes, and gives up at the deadline (closing the stream ends a slow sender). */
    private void copy(InputStream body, Path target, long deadline) throws IOException {
        AtomicBoolean timedOut = new AtomicBoolean();
        long left = Math.max(1, deadline - System.nanoTime());
        CompletableFuture<Void> guard = CompletableFuture.runAsync(() -> {
            timedOut.set(true);
            closeQuietly(body);
        }, CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS));
        long total = 0;
        try (InputStream in = body; OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw failed("The source's picture is larger than the limit of " + maxBytes + " bytes.");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (timedOut.get()) {
                throw failed("The source took longer than " + config.maxTime().toSeconds() + " s to send it.");
            }
            throw failed("The source's answer broke off: " + e.getMessage());
        } finally {
            guard.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the copy loop reports the time-out
        }
    }

    static MediaProblem failed(String detail) {
        return MediaProblem.unprocessable("import_failed", "Import failed", detail);
    }
}
