package id.newsroom.article.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** anonymous / writer / editor x every endpoint, each against a fresh article the writer drafted. */
class PermissionMatrixIT extends ItBase {

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
            "create,        anonymous, 401", "create,        writer, 201", "create,        editor, 201",
            "get,           anonymous, 401", "get,           writer, 200", "get,           editor, 200",
            "list,          anonymous, 401", "list,          writer, 200", "list,          editor, 200",
            "update,        anonymous, 401", "update,        writer, 200", "update,        editor, 200",
            "publish,       anonymous, 401", "publish,       writer, 403", "publish,       editor, 200",
            "unpublish,     anonymous, 401", "unpublish,     writer, 403", "unpublish,     editor, 200",
            "schedule,      anonymous, 401", "schedule,      writer, 403", "schedule,      editor, 200",
            "delete,        anonymous, 401", "delete,        writer, 403", "delete,        editor, 200",
            "revisions,     anonymous, 401", "revisions,     writer, 200", "revisions,     editor, 200",
            "categories,    anonymous, 401", "categories,    writer, 200", "categories,    editor, 200",
            "updateOthers,  writer, 403", "updateOthers,  editor, 200",
            "updatePublished, writer, 403", "updatePublished, editor, 200",
            "setAuthor,     writer, 403", "setAuthor,     editor, 201",
            "health,        anonymous, 200", "prometheus,    anonymous, 200", "apiDocs, anonymous, 200"})
    void roleMatrix(String action, String who, int expected) {
        Api api = switch (who) {
            case "anonymous" -> anonymous();
            case "writer" -> writer();
            default -> editor();
        };
        String own = writer().post("/api/articles", Api.article("Draf Penulis Tamu Tentang Pasar Baru", "bisnis"))
                .json().get("id").asString();
        String path = "/api/articles/" + own;
        Map<String, Object> edit = Api.article("Draf Penulis Tamu Tentang Pasar Baru Direvisi", "bisnis");
        Api.Response r = switch (action) {
            case "create" -> api.post("/api/articles", Api.article("Artikel Baru Dari Matriks Izin", "tokoh"));
            case "get" -> api.get(path);
            case "list" -> api.get("/api/articles?limit=5");
            case "update" -> api.put(path, edit, "\"1\"");
            case "publish" -> api.post(path + "/publish", null);
            case "unpublish" -> {
                editor().post(path + "/publish", null);
                yield api.post(path + "/unpublish", null);
            }
            case "schedule" -> api.post(path + "/schedule", Map.of("at", Instant.now().plusSeconds(3600).toString()));
            case "delete" -> api.delete(path);
            case "revisions" -> api.get(path + "/revisions");
            case "categories" -> api.get("/api/categories");
            case "updateOthers" -> {
                String others = editor()
                        .post("/api/articles", Api.article("Draf Milik Redaksi Soal Anggaran", "bisnis"))
                        .json().get("id").asString();
                yield api.put("/api/articles/" + others, edit, "\"1\"");
            }
            case "updatePublished" -> {
                editor().post(path + "/publish", null);
                yield api.put(path, edit, "\"2\"");
            }
            case "setAuthor" -> {
                Map<String, Object> req = Api.article("Artikel Atas Nama Orang Lain", "tokoh");
                req.put("author", Map.of("id", "budi", "name", "Budi Santoso"));
                yield api.post("/api/articles", req);
            }
            case "health" -> api.get("/actuator/health");
            case "prometheus" -> api.get("/actuator/prometheus");
            case "apiDocs" -> api.get("/v3/api-docs");
            default -> throw new IllegalArgumentException(action);
        };
        assertThat(r.status()).as(r.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        if (expected == 401) {
            assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
        }
        if (action.equals("setAuthor") && expected == 201) {
            assertThat(r.json().get("author").get("name").asString()).isEqualTo("Budi Santoso");
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        Api.Response r = new Api(port, "editor", "salah").get("/api/categories");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asString()).contains("credentials");
    }

    @Test
    void writerIsTheAuthorOfWhatTheyCreate() {
        Api.Response r = writer().post("/api/articles", Api.article("Tulisan Penulis Tamu di Rubrik Wisata", "wisata"));
        assertThat(r.json().get("author").get("id").asString()).isEqualTo("writer");
        assertThat(r.json().get("author").get("name").asString()).isEqualTo("Penulis Tamu");
    }
}
