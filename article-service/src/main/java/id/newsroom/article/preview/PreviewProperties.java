package id.newsroom.article.preview;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's preview of unpublished stories ({@code article.preview.*}).
 *
 * @param siteUrl the readers' site (web-frontend) whose {@code /pratinjau/<token>} shows the preview
 * @param ttl     how long a preview link works
 * @param secret  the HMAC-SHA256 key of the links; unset: a random one per start (links then die with the process,
 *                and every instance of a multi-instance deployment needs the same configured secret); at least
 *                32 bytes, a shorter one stops the service at start
 */
@ConfigurationProperties("article.preview")
public record PreviewProperties(
        @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("1h") Duration ttl,
        String secret) {}
