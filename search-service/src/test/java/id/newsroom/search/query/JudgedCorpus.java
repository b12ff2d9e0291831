package id.newsroom.search.query;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import id.newsroom.search.support.Article;

/**
 * A fixed Indonesian corpus of Greater Tangerang stories, keyed by a short name, for the relevance tests. Dates are
 * relative to now, so the recency factor sees them as a reader would.
 */
final class JudgedCorpus {

    private final Map<String, Article> stories = new LinkedHashMap<>();

    private JudgedCorpus() {}

    static Map<String, Article> stories() {
        JudgedCorpus corpus = new JudgedCorpus();
        corpus.build();
        return corpus.stories;
    }

    private void story(String key, int daysAgo, String category, String title, String summary, String body,
            String... tags) {
        Article article = new Article(title).summary(summary).body(body).category(category, capitalize(category))
                .tags(tags).publishedAt(Instant.now().minus(Duration.ofDays(daysAgo)));
        article.published();
        stories.put(key, article);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void build() {
        story("umkm-pelatihan", 20, "bisnis", "Pemkot Tangsel Gelar Pelatihan Pemasaran Digital bagi Pelaku UMKM",
                "Ratusan pelaku usaha kecil belajar berjualan secara daring.",
                "<p>Dinas Koperasi Kota Tangerang Selatan melatih 300 pelaku usaha. Pelatihan ini demi kemajuan UMKM "
                        + "di tujuh kecamatan.</p>",
                "UMKM", "Pelatihan");
        story("umkm-bazar", 5, "bisnis", "Bazar UMKM Meriahkan HUT Kota Tangerang",
                "Puluhan stan produk lokal hadir di alun-alun.",
                "<p>Bazar produk usaha mikro digelar selama tiga hari di Alun-alun Ahmad Yani.</p>", "UMKM", "Bazar");
        story("krl", 3, "pemerintahan", "Jadwal KRL Rangkasbitung-Tanah Abang Berubah Mulai Pekan Depan",
                "KAI Commuter menambah perjalanan di lintas Serpong.",
                "<p>Perjalanan kereta rel listrik dari Stasiun Rawa Buntu dan Cisauk bertambah pada jam sibuk.</p>",
                "Transportasi", "Kereta");
        story("ktp", 10, "pemerintahan",
                "Disdukcapil Kabupaten Tangerang Buka Layanan Perekaman KTP Elektronik Akhir Pekan",
                "Warga bisa merekam data kependudukan pada hari Sabtu dan Minggu.",
                "<p>Layanan perekaman kartu tanda penduduk dibuka di kantor kecamatan Tigaraksa.</p>",
                "Layanan Publik");
        story("pilkada", 12, "pemerintahan", "KPU Kota Tangerang Gelar Debat Kedua Calon Wali Kota",
                "Debat membahas banjir, kemacetan dan layanan kesehatan.",
                "<p>Komisi Pemilihan Umum menyiapkan debat jelang pemilihan kepala daerah November.</p>", "Politik");
        story("banjir", 2, "pemerintahan", "Banjir Rendam Ratusan Rumah di Ciledug Usai Hujan Deras Semalaman",
                "BPBD mengevakuasi warga ke posko pengungsian.",
                "<p>Anak-anak dan lansia dievakuasi lebih dulu. Air setinggi satu meter merendam permukiman "
                        + "di Kecamatan Ciledug.</p>",
                "Banjir", "Bencana");
        story("bimtek", 30, "pemerintahan", "Wawali Tangerang Buka Bimtek Pengelolaan Keuangan Desa",
                "Aparatur desa dibekali cara menyusun laporan anggaran.",
                "<p>Ia meminta peserta menerapkan ilmu di kantor masing-masing.</p>",
                "Keuangan Desa");
        story("bsd", 40, "properti", "Harga Rumah di BSD City Naik Sepuluh Persen Tahun Ini",
                "Permintaan rumah tapak di Serpong masih tinggi.",
                "<p>Pengembang di kawasan itu mencatat penjualan meningkat.</p>", "Rumah");
        story("soetta", 6, "bisnis", "Penumpang di Bandara Soekarno-Hatta Melonjak Jelang Libur Natal",
                "Angkasa Pura memperkirakan lonjakan sampai dua puluh persen.",
                "<p>Terminal 3 menjadi yang tersibuk menjelang akhir tahun.</p>", "Bandara", "Libur");
        story("pantai", 15, "wisata", "Pantai Tanjung Pasir di Teluknaga Jadi Tujuan Wisata Keluarga",
                "Pengunjung menikmati perahu dan kuliner ikan bakar.",
                "<p>Akses jalan menuju pantai sudah diperbaiki.</p>", "Pantai");
        story("kuliner", 9, "wisata", "Menjelajahi Kuliner Malam Pasar Lama Tangerang",
                "Dari laksa hingga sate, pilihan makanan tersedia sampai larut.",
                "<p>Pedagang makanan berjajar di sepanjang Jalan Kisamaun setiap malam.</p>", "Kuliner");
        story("guru", 25, "tokoh", "Sosok Guru Honorer dari Pasar Kemis yang Mengajar Tanpa Dibayar",
                "Bu Sari mengajar membaca anak-anak kampung selama sepuluh tahun.",
                "<p>Ia mendirikan taman bacaan di rumahnya sendiri.</p>", "Pendidikan", "Inspirasi");
        story("persita", 1, "olahraga", "Persita Menang Tipis atas Tamu dari Bandung",
                "Gol tunggal tercipta pada menit akhir pertandingan.",
                "<p>Ribuan suporter memadati Stadion Indomilk Arena untuk laga sepak bola ini.</p>", "Persita");
        story("ppdb", 8, "pendidikan", "Pendaftaran PPDB SMP Negeri di Kota Tangerang Dibuka Senin",
                "Orang tua diminta menyiapkan kartu keluarga dan akta kelahiran.",
                "<p>Penerimaan peserta didik baru dilakukan secara daring melalui laman resmi dinas.</p>", "PPDB");
        story("dbd", 4, "kesehatan", "Kasus Demam Berdarah di Tangerang Selatan Meningkat",
                "Dinkes mengimbau warga melakukan 3M.",
                "<p>Petugas mencatat ratusan kasus dengue sejak awal musim hujan.</p>", "Kesehatan");
        story("korupsi", 11, "hukum", "Kejari Tangerang Tahan Mantan Kepala Desa Terkait Korupsi Dana Desa",
                "Kerugian negara ditaksir ratusan juta rupiah.",
                "<p>Tersangka ditahan di rumah tahanan selama dua puluh hari.</p>", "Korupsi");
        story("stunting", 18, "kesehatan", "Posyandu di Cipondoh Jadi Garda Depan Penurunan Stunting",
                "Kader menimbang balita setiap bulan.",
                "<p>Angka gagal tumbuh pada balita turun berkat pemberian makanan tambahan.</p>", "Stunting");
        story("umk", 14, "bisnis", "Buruh Tangerang Tuntut Kenaikan UMK Tahun Depan",
                "Serikat pekerja menggelar aksi di depan kantor bupati.",
                "<p>Mereka meminta upah minimum naik delapan persen.</p>", "Buruh", "Upah");
        story("jalan", 22, "pemerintahan", "Pelebaran Jalan Raya Serpong Ditargetkan Rampung Akhir Tahun",
                "Dishub menyiapkan rekayasa lalu lintas.",
                "<p>Petugas meminta pengendara menghindari ruas itu saat jam sibuk.</p>", "Jalan");
        story("tpa", 16, "pemerintahan", "TPA Cipeucang Kelebihan Muatan, Pemkot Tangsel Cari Lahan Baru",
                "Volume sampah harian terus bertambah.",
                "<p>Tempat pemrosesan akhir itu menerima ratusan ton sampah setiap hari.</p>", "Sampah");
        story("kebakaran", 7, "pemerintahan", "Gudang Plastik di Jatiuwung Terbakar, Sepuluh Mobil Damkar Dikerahkan",
                "Api baru padam setelah empat jam.",
                "<p>Petugas tidak menemukan korban jiwa.</p>", "Kebakaran");
        story("cfd", 13, "wisata", "Car Free Day Kembali Digelar di Jalan Sudirman",
                "Warga bersepeda dan berolahraga setiap Minggu pagi.",
                "<p>Kegiatan berlangsung pukul enam sampai sembilan.</p>", "CFD");
        story("bansos", 19, "pemerintahan", "Pencairan Bansos Tahap Akhir untuk Keluarga Penerima Manfaat",
                "Penyaluran dilakukan melalui kantor pos.",
                "<p>Dana diberikan kepada 12 ribu keluarga di Kabupaten Tangerang.</p>", "Bansos");
        story("apartemen", 35, "properti", "Pengembang Luncurkan Apartemen Dekat Stasiun Cisauk",
                "Hunian vertikal menyasar pekerja Jakarta.",
                "<p>Unit studio ditawarkan mulai 300 juta rupiah dengan cicilan KPR.</p>", "Apartemen");
        story("narkoba", 21, "hukum", "Polres Tangerang Selatan Ungkap Peredaran Narkoba di Pamulang",
                "Tiga tersangka ditangkap bersama barang bukti sabu.",
                "<p>Kepolisian resor menyita puluhan gram narkotika.</p>", "Narkoba");
        story("membatik", 17, "pendidikan", "Murid SD di Kelapa Dua Belajar Membatik",
                "Sekolah mengenalkan budaya lewat kegiatan seni.",
                "<p>Siswa-siswi kelas lima membuat motif batik sendiri.</p>", "Budaya");
        story("paripurna-lama", 400, "pemerintahan", "Rapat Paripurna DPRD Kota Tangerang Bahas APBD",
                "Dewan membahas rancangan anggaran.", "<p>Rapat paripurna dihadiri seluruh fraksi.</p>", "DPRD");
        story("paripurna-baru", 1, "pemerintahan", "Rapat Paripurna DPRD Kota Tangerang Bahas APBD",
                "Dewan membahas rancangan anggaran.", "<p>Rapat paripurna dihadiri seluruh fraksi.</p>", "DPRD");
        story("xss", 3, "hukum", "Sidang Kasus <script> Penipuan Daring",
                "Terdakwa memakai tanda \"kurang dari\" <b>palsu</b>.",
                "<p>Hakim membacakan putusan penipuan &amp; pemalsuan dokumen &lt;rahasia&gt;.</p>", "Sidang");
        // Held-out stories of issue 12: the landfill story never says "Tangsel"; the bimtek story never says
        // "pelatihan" and spells UMKM out with commas and "dan".
        story("cipeucang", 5, "pemerintahan", "Tumpukan Sampah di Cipeucang Longsor, Pemkot Tambah Alat Berat",
                "Warga sekitar mengeluhkan bau dan lalat.",
                "<p>Pemkot menambah dua ekskavator untuk merapikan sampah yang longsor ke sungai.</p>", "Lingkungan");
        story("bimtek-umkm", 6, "bisnis", "Dinkop Gelar Bimtek Pengemasan Produk di Serpong Utara",
                "Sebanyak 80 pelaku usaha mikro, kecil, dan menengah di Tangerang Selatan ikut serta.",
                "<p>Peserta belajar membuat kemasan yang menarik dan label halal.</p>", "umkm", "tangsel");
        story("proximity-near", 60, "bisnis", "Harga Cabai Rawit Naik di Pasar Cisauk",
                "Pedagang menyebut pasokan berkurang.",
                "<p>Harga cabai rawit merah mencapai 90 ribu rupiah per kilogram.</p>", "Harga");
        story("proximity-far", 60, "bisnis", "Pedagang Pasar Cisauk Keluhkan Sepi Pembeli",
                "Harga sayur stabil, kata pedagang.",
                "<p>Pembeli berkurang sejak hujan. Di lapak lain, cabai menumpuk dan sebagian membusuk.</p>", "Pasar");
        story("tag-only", 45, "wisata", "Akhir Pekan di Danau Cisadane",
                "Perahu wisata ramai penumpang.", "<p>Pengunjung menyewa perahu bebek.</p>", "Wisata Air", "Liburan");
    }
}
