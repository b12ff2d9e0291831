package id.newsroom.launcher;

import java.util.ArrayList;
import java.util.List;

/** The settings each service gets on its command line from the local platform: where Kafka and MongoDB are, and
 * how the services find each other. */
record ServiceArguments(PlatformConfig config, String mongoUri, String kafkaBootstrapServers) {

    List<String> common() {
        return List.of(
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                "--spring.cloud.stream.kafka.binder.brokers=" + kafkaBootstrapServers);
    }

    List<String> articleService(String frontendUrl) {
        List<String> article = new ArrayList<>(common());
        // Preview links of unpublished stories point at the readers' site (/pratinjau/<token>).
        article.add("--article.preview.site-url=" + frontendUrl);
        // The drift audit compares article-service with the read models (the first instance of each).
        article.add("--article.drift.read-models.feed=http://127.0.0.1:" + config.feedPort());
        article.add("--article.drift.read-models.search=http://127.0.0.1:" + config.searchPort());
        // Every 25 min (under the 30 min of NewsDriftAuditFailing), not 5 as with a real MongoDB: the stand-in
        // reads each document whole, so an audit of a 100,000-article archive costs it about 20 s of CPU.
        article.add("--article.drift.interval=25m");
        article.addAll(acceptsDeskTokens("article"));
        return article;
    }

    List<String> feedService(String frontendUrl) {
        List<String> feed = new ArrayList<>(common());
        // Feed items link to the readers' site, not to the JSON API.
        feed.add("--feed.site.url=" + frontendUrl);
        feed.add("--feed.site.article-path=/berita/{slug}");
        return feed;
    }

    List<String> searchService() {
        List<String> search = new ArrayList<>(common());
        search.add("--search.index.path=" + config.dataDir().resolve("search-index"));
        return search;
    }

    List<String> mediaService(String publicUrl) {
        List<String> media = new ArrayList<>(common());
        // Variant URLs are absolute: readers' browsers load them from here.
        media.add("--media.public-url=" + publicUrl);
        media.add("--media.storage.directory=" + config.dataDir().resolve("media"));
        media.addAll(acceptsDeskTokens("media"));
        return media;
    }

    /**
     * The local identity server's tokens beside Basic (the desk calls with the user's token; scripts keep their
     * passwords): Keycloak-shaped, so the same claims as in compose.
     */
    private List<String> acceptsDeskTokens(String prefix) {
        if (!config.startsDesk()) {
            return List.of();
        }
        String jwt = "--" + prefix + ".security.jwt.";
        return List.of(jwt + "issuer-uri=" + config.identityPublicUrl(),
                jwt + "jwk-set-uri=" + config.identityInternalUrl() + "/oauth2/jwks",
                jwt + "audience=" + prefix + "-service", jwt + "principal-claim=preferred_username");
    }

    /** The OIDC provider: its issuer, and the desk as the one client that may receive codes. */
    List<String> identityServer() {
        String desk = "http://localhost:" + config.deskPort();
        String deskByAddress = "http://127.0.0.1:" + config.deskPort();
        return List.of("--identity.issuer=" + config.identityPublicUrl(),
                "--identity.desk.redirect-uris=" + desk + "/login/oauth2/code/newsroom," + deskByAddress
                        + "/login/oauth2/code/newsroom",
                "--identity.desk.post-logout-redirect=" + desk + "/," + deskByAddress + "/");
    }

    /** The desk: the APIs it calls, the site it links to, the provider's browser-facing and internal endpoints. */
    List<String> editorDesk(String siteUrl) {
        String idp = config.identityPublicUrl();
        String internal = config.identityInternalUrl();
        return List.of("--desk.article-url=http://127.0.0.1:" + config.articlePort(),
                "--desk.media-url=http://127.0.0.1:" + config.mediaPort(), "--desk.site-url=" + siteUrl,
                "--desk.identity.issuer=" + idp, "--desk.identity.authorization-uri=" + idp + "/oauth2/authorize",
                "--desk.identity.end-session-uri=" + idp + "/connect/logout",
                "--desk.identity.token-uri=" + internal + "/oauth2/token",
                "--desk.identity.jwk-set-uri=" + internal + "/oauth2/jwks");
    }
}
