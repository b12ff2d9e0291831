package id.newsroom.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void bundledDictionaryCoversTheRegion() {
        SynonymDictionary dictionary = new SynonymDictionary(null);
        assertThat(dictionary.current().entries()).isGreaterThanOrEqualTo(60);
        assertThat(dictionary.current().source()).startsWith("classpath:");
    }

    @Test
    void parsesEquivalencesAndOneWayRulesDroppingStopWords() {
        List<SynonymDictionary.Entry> entries = SynonymDictionary.parse(List.of(
                "# comment", "", "Disdukcapil, Dinas Kependudukan dan Pencatatan Sipil  # trailing",
                "pemkot => pemerintah kota"));
        assertThat(entries).containsExactly(
                new SynonymDictionary.Entry(List.of("disdukcapil", "dinas kependudukan pencatatan sipil"),
                        List.of("disdukcapil", "dinas kependudukan pencatatan sipil"), true),
                new SynonymDictionary.Entry(List.of("pemkot"), List.of("pemerintah kota"), false));
        assertThatThrownBy(() -> SynonymDictionary.parse(List.of("lonely"))).hasMessageContaining("line 1");
    }

    @Test
    void reloadsAnEditedFileAndKeepsTheOldOneWhenBroken() throws IOException {
        Path file = dir.resolve("synonyms.txt");
        Files.writeString(file, "kebun, taman\n");
        SynonymDictionary dictionary = new SynonymDictionary(file);
        assertThat(IndonesianTextAnalyzerTest.tokens(dictionary.queryAnalyzer(), "kebun")).contains("taman");
        assertThat(dictionary.reloadIfChanged()).isFalse();

        Files.writeString(file, "kebun, taman\nsitu, danau\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(dictionary.reloadIfChanged()).isTrue();
        assertThat(dictionary.current().entries()).isEqualTo(2);
        assertThat(IndonesianTextAnalyzerTest.tokens(dictionary.queryAnalyzer(), "situ")).contains("danau");

        Files.writeString(file, "broken => a => b\n");
        assertThatThrownBy(dictionary::reload).isInstanceOf(IllegalArgumentException.class);
        assertThat(dictionary.current().entries()).isEqualTo(2);
    }
}
