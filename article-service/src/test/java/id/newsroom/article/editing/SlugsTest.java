package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void indonesianTitlesBecomeReadableSlugs() {
        assertThat(Slugs.fromTitle("Pemkot Tangerang Beri Pelatihan UMKM, Ini Jadwalnya!"))
                .isEqualTo("pemkot-tangerang-beri-pelatihan-umkm-ini-jadwalnya");
        assertThat(Slugs.fromTitle("Sholat Jum'at di Masjid Raya Al-A'zhom"))
                .isEqualTo("sholat-jumat-di-masjid-raya-al-azhom");
        assertThat(Slugs.fromTitle("Harga Naik 5% & Warga Mengeluh"))
                .isEqualTo("harga-naik-5-persen-dan-warga-mengeluh");
        assertThat(Slugs.fromTitle("Café Baru di Gading Serpong")).isEqualTo("cafe-baru-di-gading-serpong");
        assertThat(Slugs.fromTitle("!!!")).isEqualTo("artikel");
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.fromTitle("Pemerintah Kota Tangerang Selatan Menggelar Rapat Koordinasi Penanganan Banjir "
                + "Bersama Seluruh Camat dan Lurah di Kantor Wali Kota");
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").matches("^[a-z0-9]+(-[a-z0-9]+)*$");
    }

    @Test
    void suffixDisambiguates() {
        String id = Ids.uuidV7();
        assertThat(Slugs.withSuffix("banjir", id, 1)).matches("^banjir-[0-9a-f]{6}$");
        assertThat(Slugs.withSuffix("banjir", id, 2)).matches("^banjir-[0-9a-f]{12}$");
    }

    @Test
    void idsAreTimeOrderedUuidV7() {
        String a = Ids.uuidV7();
        assertThat(a.charAt(14)).isEqualTo('7');
        assertThat(java.util.UUID.fromString(a).version()).isEqualTo(7);
    }
}
