package id.newsroom.article.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ImportIdsTest {

    private static final Instant T = Instant.parse("2019-03-04T05:06:07.123Z");

    @Test
    void theSameExternalIdAlwaysGivesTheSameId() {
        assertThat(ImportIds.articleId("wp-123", T)).isEqualTo(ImportIds.articleId("wp-123", T));
        assertThat(ImportIds.articleId("wp-123", T)).isNotEqualTo(ImportIds.articleId("wp-124", T));
    }

    @Test
    void itIsAUuidV7WhoseTimeIsThePublicationTime() {
        UUID id = UUID.fromString(ImportIds.articleId("wp-123", T));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T.toEpochMilli());
        // so imported articles sort among the others by age, as every UUIDv7 id does
        assertThat(ImportIds.articleId("wp-999", T.minusSeconds(1))).isLessThan(ImportIds.articleId("wp-1", T));
    }

    @Test
    void aDraftWithoutTimeStillGetsAStableId() {
        assertThat(ImportIds.articleId("wp-draft", null)).startsWith("00000000-0000-7")
                .isEqualTo(ImportIds.articleId("wp-draft", null));
    }

    @Test
    void fingerprintsDifferWhenTheLineDiffers() {
        assertThat(ImportIds.fingerprint("{\"a\":1}")).hasSize(64).isEqualTo(ImportIds.fingerprint("{\"a\":1}"))
                .isNotEqualTo(ImportIds.fingerprint("{\"a\":2}"));
    }
}
