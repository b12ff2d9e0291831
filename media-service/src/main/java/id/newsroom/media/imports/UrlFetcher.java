package id.newsroom.media.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.web.MediaProblem;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Downloads a picture for an import: redirects followed by hand (each target checked by the {@link AddressPolicy}),
 * connect and read timeouts, a deadline for the whole download, and no more bytes read than an upload may have.
 * The connection goes to the very address the policy checked: the client's DNS resolver is the policy, so a name
 * that resolves to a public address for the check and to a private one for the connection (DNS rebinding) cannot
 * reach inside.
 */
public class UrlFetcher {

    private final AddressPolicy policy;
    private final MediaProperties.Imports config;
    private final long maxBytes;
    private final CloseableHttpClient client;

    public UrlFetcher(AddressPolicy policy, MediaProperties.Imports config, long maxBytes) {
        this.policy = policy;
        this.config = config;
        this.maxBytes = maxBytes;
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(config.connectTimeout()))
                // Body reads are bounded by the whole download's deadline (copy), headers by the read timeout.
                .setSocketTimeout(Timeout.of(config.maxTime())).build();
        this.client = HttpClients.custom().disableRedirectHandling().disableAutomaticRetries()
                .disableCookieManagement() // no system proxy: a proxy would resolve the name itself
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connections)
                        .setDnsResolver(new CheckedDnsResolver(policy)).build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.maxTime())).build())
                .build();
    }

    /** Writes the picture at {@code url} to {@code target}, or throws a 422 problem saying why it could not. */
    public void fetch(URI url, Path target) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + config.maxTime().toNanos();
        URI current = url;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            policy.check(current); // scheme and host first, with a clear answer; the connection checks again
            ClassicHttpResponse response = send(current);
            InputStream body = response.getEntity() == null
                    ? InputStream.nullInputStream()
                    : response.getEntity().getContent();
            int status = response.getCode();
            Header location = response.getFirstHeader("Location");
            if (status >= 300 && status < 400 && location != null) {
                response.close();
                current = current.resolve(location.getValue());
                continue;
            }
            if (status != 200) {
                response.close();
                throw failed("The source answered " + status + " for " + current + ".");
            }
            long declared = response.getEntity() == null ? -1 : response.getEntity().getContentLength();
            if (declared > maxBytes) {
                response.close();
                throw failed("The source's picture has " + declared + " bytes; the limit is " + maxBytes + ".");
            }
            try (response) {
                copy(body, target, deadline);
            }
            return;
        }
        throw failed("The source redirected more than " + config.maxRedirects() + " times.");
    }

    private ClassicHttpResponse send(URI uri) {
        HttpGet request = new HttpGet(uri);
        request.setHeader("Accept", "image/jpeg, image/png, image/webp, image/gif");
        // The read timeout bounds the wait for the headers; the body has the whole download's deadline (copy).
        CompletableFuture<Void> headersGuard = CompletableFuture.runAsync(request::cancel,
                CompletableFuture.delayedExecutor(config.readTimeout().toNanos(), TimeUnit.NANOSECONDS));
        try {
            return client.executeOpen(HttpHost.create(uri), request, HttpClientContext.create());
        } catch (IOException e) {
            throw failed("The source " + uri.getHost() + " could not be read: " + e);
        } finally {
            headersGuard.cancel(false);
        }
    }

    /** Resolves a host once, through the import policy: only the address it approved is connected to. */
    private record CheckedDnsResolver(AddressPolicy policy) implements org.apache.hc.client5.http.DnsResolver {

        @Override
        public InetAddress[] resolve(String host) {
            String literal = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return new InetAddress[]{policy.check(URI.create("http://" + literal + "/"))};
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
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
