package id.newsroom.article.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;

/** Security headers from Spring Security on every answer, and oversize requests refused as problems. */
class HttpHardeningIT extends ItBase {

    @Test
    void apiAnswersCarryTheSecurityHeadersAndSwaggerUiItsOwnPolicy() {
        for (Api.Response response : new Api.Response[]{editor().get("/api/categories"),
                anonymous().get("/api/categories"), editor().get("/api/articles/nope")}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("Content-Security-Policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
        Api.Response swagger = anonymous().get("/swagger-ui/index.html");
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void oversizeBodiesUrisAndHeadersAreRefusedWithProblems() {
        Api.Response body = editor().post("/api/articles", Map.of("title", "x".repeat(400_000)));
        assertThat(body.status()).isEqualTo(413);
        assertThat(body.header("Content-Type")).startsWith("application/problem+json");
        assertThat(body.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Api.Response uri = editor().get("/api/articles?category=" + "a".repeat(9_000));
        assertThat(uri.status()).isEqualTo(414);
        assertThat(uri.json().path("detail").asString()).contains("the limit is 8192");

        Api.Response headers = editor().send("GET", "/api/categories", null, Map.of("X-Junk", "x".repeat(20_000)));
        assertThat(headers.status()).isEqualTo(431);
        assertThat(headers.header("Content-Type")).startsWith("application/problem+json");
    }
}
