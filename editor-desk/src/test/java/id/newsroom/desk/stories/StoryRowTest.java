package id.newsroom.desk.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StoryRowTest {

    @Test
    void aRowSaysStatusReviewSectionWhenAndWhoIsEditingInTheNewsroomsWords() {
        var item = JsonMapper.builder().build().readTree("""
                {"id": "a1", "title": "Judul", "status": "SCHEDULED", "review": {"state": "RETURNED"},
                 "category": {"slug": "bisnis", "name": "Bisnis"}, "author": {"name": "Penulis Tamu"},
                 "updatedAt": "2026-12-07T07:05:00Z", "lock": {"holder": {"id": "editor", "name": "Redaksi"}}}""");
        StoryRow row = StoryRow.of(item, LocalDate.of(2026, 12, 7));
        assertThat(row.statusLabel()).isEqualTo("Terjadwal");
        assertThat(row.reviewLabel()).isEqualTo("Dikembalikan");
        assertThat(row.section()).isEqualTo("Bisnis");
        assertThat(row.updated()).isEqualTo("14.05 WIB");
        assertThat(row.today()).isTrue();
        assertThat(row.editingBy()).isEqualTo("Redaksi");
        StoryRow yesterday = StoryRow.of(item, LocalDate.of(2026, 12, 8));
        assertThat(yesterday.today()).isFalse();
        assertThat(yesterday.updated()).isEqualTo("7 Des 2026, 14.05 WIB");
    }

    @Test
    void noLockNoReviewMeansNothingShown() {
        var item = JsonMapper.builder().build().readTree("""
                {"id": "a2", "title": "T", "status": "DRAFT", "lock": null, "review": null, "updatedAt": "x"}""");
        StoryRow row = StoryRow.of(item, LocalDate.of(2026, 12, 7));
        assertThat(row.editingBy()).isNull();
        assertThat(row.reviewLabel()).isNull();
        assertThat(row.updated()).isEmpty();
    }
}
