package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.EventCollector;
import id.newsroom.article.support.EventSchema;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The newsroom's own wording for search engines ({@code seo}), in the shared context. */
class SeoIT extends ItBase {

    @RegisterExtension
    static final EventCollector events = EventCollector.onTestInfrastructure();

    @Test
    void searchEngineWordingIsOptionalPlainTextAndTravelsInTheEvent() {
        Map<String, Object> req = Api.article("Kuliner Malam Pasar Lama Makin Ramai", "wisata");
        req.put("seo", Map.of("title", "<b>Kuliner Malam Tangerang</b>", "description", " "));
        Api.Response created = editor().post("/api/articles", req);
        assertThat(created.json().get("seo").get("title").asString()).isEqualTo("Kuliner Malam Tangerang");
        assertThat(created.json().get("seo").get("description").isNull()).isTrue();
        String id = created.json().get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.forArticle(id).isEmpty());
        EventCollector.Event event = events.forArticle(id).get(0);
        assertThat(event.data().get("seo").get("title").asString()).isEqualTo("Kuliner Malam Tangerang");
        assertThat(EventSchema.violations(event.value())).isEmpty();
        req.put("seo", Map.of("title", "", "description", ""));
        Api.Response cleared = editor().put("/api/articles/" + id, req, created.etag());
        assertThat(cleared.json().get("seo").isNull()).as("blank wording is none").isTrue();
        assertThat(editor().get("/api/articles/" + id).json().get("seo").isNull()).isTrue();
    }
}
