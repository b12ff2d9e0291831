package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import id.newsroom.article.support.Api;
import id.newsroom.article.support.ItBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The desk's promise of no lost edits, checked against the API as the desk drives it: one editor's autosaves never
 * conflict with themselves, and two tabs that save, reload, lock and take over in any order never overwrite each
 * other silently (a save is accepted only from the tab holding the lock and having seen the latest text).
 */
class TwoEditorsIT extends ItBase {

    private String publishedStory(String title) {
        Api.Response created = editor().post("/api/articles", Api.article(title, "bisnis"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(editor().post("/api/articles/" + id + "/publish", null).status()).isEqualTo(200);
        return id;
    }

    private Api.Response save(String id, String title, String etag, String session) {
        return editor().send("PUT", "/api/articles/" + id, Api.article(title, "bisnis"),
                Map.of("If-Match", etag, "Edit-Session", session));
    }

    /** The text an editor sees: the working copy while there is one. */
    private static String editedTitle(JsonNode article) {
        JsonNode copy = article.get("workingCopy");
        return copy == null || copy.isNull() ? article.get("title").asString() : copy.get("title").asString();
    }

    @Test
    void aThousandAutosavesOfOneEditorNeverConflict() {
        String id = publishedStory("Harga Cabai di Pasar Anyar Turun");
        String etag = editor().get("/api/articles/" + id).etag();
        long started = System.nanoTime();
        for (int i = 1; i <= 1000; i++) {
            Api.Response saved = save(id, "Harga Cabai di Pasar Anyar Turun Lagi " + i, etag, "tab");
            assertThat(saved.status()).as("autosave %d: %s", i, saved).isEqualTo(200);
            etag = saved.etag();
        }
        System.out.printf("1000 autosaves, 0 conflicts, %.1f ms each%n", (System.nanoTime() - started) / 1e6 / 1000);
        assertThat(editedTitle(editor().get("/api/articles/" + id).json())).endsWith("Lagi 1000");
    }

    /** Two tabs in 50 rounds of seeded random actions; the model says what the API must answer each time. */
    @Test
    void twoTabsNeverOverwriteEachOtherSilently() {
        String id = publishedStory("Pasar Lama Tangerang Ramai Jelang Akhir Pekan");
        String lockPath = "/api/articles/" + id + "/lock";
        Map<String, String> seen = new HashMap<>(); // the ETag each tab last saw
        String firstEtag = editor().get("/api/articles/" + id).etag();
        seen.put("a", firstEtag);
        seen.put("b", firstEtag);
        String holder = null; // the session holding the edit lock
        String current = editor().get("/api/articles/" + id).etag();
        String text = "Pasar Lama Tangerang Ramai Jelang Akhir Pekan";
        Map<String, Integer> outcomes = new TreeMap<>();
        Random random = new Random(20261207);
        for (int round = 1; round <= 50; round++) {
            String tab = random.nextBoolean() ? "a" : "b";
            int action = random.nextInt(10);
            String outcome;
            if (action < 5) { // an autosave
                String title = "Pasar Lama Tangerang Ramai Putaran " + round + " Tab " + tab;
                Api.Response r = save(id, title, seen.get(tab), tab);
                boolean lockedOut = holder != null && !holder.equals(tab);
                boolean stale = !seen.get(tab).equals(current);
                if (!lockedOut && !stale) {
                    assertThat(r.status()).as("round %d: %s", round, r).isEqualTo(200);
                    current = r.etag();
                    seen.put(tab, current);
                    text = title;
                    outcome = "saved";
                } else {
                    assertThat(r.status()).as("round %d: a save that must be refused: %s", round, r).isIn(409, 412);
                    outcome = r.status() == 409 ? "refused: lock taken" : "refused: stale (both versions shown)";
                    if (r.status() == 412) {
                        seen.put(tab, current); // the desk reloads the other's text beside its own
                    }
                }
            } else if (action < 7) { // an explicit take-over
                Api.Response r = editor().send("PUT", lockPath, Map.of("session", tab, "takeOver", true), Map.of());
                assertThat(r.status()).as("round %d: %s", round, r).isEqualTo(200);
                holder = tab;
                outcome = "took over";
            } else if (action < 9) { // a heartbeat or a first lock, without taking over
                Api.Response r = editor().send("PUT", lockPath, Map.of("session", tab, "takeOver", false), Map.of());
                boolean free = holder == null || holder.equals(tab);
                assertThat(r.status()).as("round %d: %s", round, r).isEqualTo(free ? 200 : 409);
                holder = free ? tab : holder;
                outcome = free ? "locked" : "refused: held by the other tab";
            } else { // a reload
                Api.Response r = editor().get("/api/articles/" + id);
                seen.put(tab, r.etag());
                outcome = "reloaded";
            }
            outcomes.merge(outcome, 1, Integer::sum);
            JsonNode now = editor().get("/api/articles/" + id).json();
            assertThat(editedTitle(now)).as("round %d: the text is the last accepted save", round).isEqualTo(text);
            assertThat(now.get("title").asString()).as("the live page waits for publishing")
                    .isEqualTo("Pasar Lama Tangerang Ramai Jelang Akhir Pekan");
        }
        System.out.println("Two tabs, 50 rounds: " + outcomes);
        assertThat(outcomes.keySet()).containsAll(Set.of("saved", "took over", "refused: lock taken"));
    }
}
