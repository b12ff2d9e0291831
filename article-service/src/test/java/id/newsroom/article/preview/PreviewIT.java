package id.newsroom.article.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Preview links over HTTP, in the shared context: made by the desk, read by the site without credentials. */
class PreviewIT extends ItBase {

    private String create(Api api, String title) {
        Api.Response r = api.post("/api/articles", Api.article(title, "wisata"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static Api.Response put(Api api, String id, String title, String etag) {
        return api.put("/api/articles/" + id, Api.article(title, "wisata"), etag);
    }

    private static void assertProblem(Api.Response r, int status, String typeEnd) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).endsWith(typeEnd);
    }

    @Autowired
    PreviewTokens previewTokens;

    @Test
    void aPreviewLinkShowsTheWorkingCopyToAnyoneWithTheLinkUntilItExpires() {
        String id = create(writer(), "Wisata Malam Pasar Lama Diperpanjang");
        Api.Response published = editor().post("/api/articles/" + id + "/publish", null);
        put(editor(), id, "Wisata Malam Pasar Lama Buka Sampai Subuh", published.etag());
        Api.Response link = writer().post("/api/articles/" + id + "/preview", null);
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        String url = link.json().get("url").asString();
        assertThat(url).startsWith("http://localhost:8080/pratinjau/");
        assertThat(Instant.parse(link.json().get("expiresAt").asString()))
                .isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3700));
        String token = url.substring(url.lastIndexOf('/') + 1);

        Api.Response page = anonymous().get("/api/previews/" + token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().get("title").asString()).isEqualTo("Wisata Malam Pasar Lama Buka Sampai Subuh");
        assertThat(page.json().get("slug").asString()).isEqualTo(published.json().get("slug").asString());
        assertThat(page.json().get("category").get("name").asString()).isEqualTo("Wisata");
        assertThat(page.json().get("author").get("id").asString()).isEqualTo("writer");
        assertThat(page.json().has("workingCopy") || page.json().has("review")).isFalse();
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("X-Robots-Tag")).isEqualTo("noindex");

        String forged = token.substring(0, token.indexOf('.') + 1) + "AAAA" + token.substring(token.indexOf('.') + 5);
        assertProblem(anonymous().get("/api/previews/" + forged), 404, "/not-found");
        assertProblem(anonymous().get("/api/previews/sembarang"), 404, "/not-found");
        String expired = previewTokens.sign(new PreviewTokens.Grant(id, true, Instant.now().minusSeconds(1)));
        assertProblem(anonymous().get("/api/previews/" + expired), 410, "/gone");
        assertThat(anonymous().post("/api/articles/" + id + "/preview", null).status()).isEqualTo(401);
    }
}
