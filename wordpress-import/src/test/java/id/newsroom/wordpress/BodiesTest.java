package id.newsroom.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BodiesTest {

    @Test
    void gutenbergCommentsGoAndCaptionsBecomeFigures() {
        Map<String, Integer> dropped = Bodies.counter();
        String body = Bodies.convert(
                """
                        <!-- wp:paragraph {"align":"left"} -->
                        <p>Pembuka.</p>
                        <!-- /wp:paragraph -->
                        [caption id="attachment_5" align="alignnone" width="300"]<a href="https://x.example/a.jpg"><img src="https://x.example/a.jpg" alt="A" /></a> Warga antre air bersih.[/caption]
                        """,
                dropped);
        assertThat(body).isEqualTo("<p>Pembuka.</p>\n\n<figure><a href=\"https://x.example/a.jpg\"><img "
                + "src=\"https://x.example/a.jpg\" alt=\"A\" /></a><figcaption>Warga antre air bersih.</figcaption></figure>");
        assertThat(dropped).isEmpty();
    }

    @Test
    void oldStyleCaptionAttributeIsUsed() {
        String body = Bodies.convert(
                "<p>x</p>[caption caption=\"Jembatan baru\"]<img src=\"https://x.example/b.jpg\">[/caption]",
                Bodies.counter());
        assertThat(body).isEqualTo(
                "<p>x</p><figure><img src=\"https://x.example/b.jpg\"><figcaption>Jembatan baru</figcaption></figure>");
    }

    @Test
    void otherShortcodesAreDroppedAndCountedButBracketedProseStays() {
        Map<String, Integer> dropped = Bodies.counter();
        String body = Bodies.convert("<p>Satu [gallery ids=\"1,2\"] dua [embed]https://youtu.be/x[/embed] tiga "
                + "[Baca juga: Sejarah Panjat Pinang] [contact-form-7 id=\"9\" /]</p>", dropped);
        assertThat(body).isEqualTo("<p>Satu  dua https://youtu.be/x tiga [Baca juga: Sejarah Panjat Pinang] </p>");
        assertThat(dropped).containsExactly(Map.entry("contact-form-7", 1), Map.entry("embed", 1),
                Map.entry("gallery", 1));
    }

    @Test
    void classicEditorTextGetsParagraphsAndLineBreaks() {
        assertThat(Bodies.convert("Baris satu.\nBaris dua.\n\n\nParagraf dua.", Bodies.counter()))
                .isEqualTo("<p>Baris satu.<br>Baris dua.</p><p>Paragraf dua.</p>");
    }

    @Test
    void summaryIsTheExcerptOrTheFirstSentences() {
        assertThat(Bodies.summary("<b>Ringkasan</b> dari penulis.", "<p>Isi.</p>"))
                .isEqualTo("Ringkasan dari penulis.");
        String body = "<p>Harga cabai naik menjadi Rp 80.000 per kilogram. Pedagang menyebut pasokan berkurang karena "
                + "cuaca buruk di Jawa Tengah. Sepekan lalu harganya masih Rp 40.000. Pembeli mengeluh.</p>";
        assertThat(Bodies.summary("  ", body)).isEqualTo("Harga cabai naik menjadi Rp 80.000 per kilogram. Pedagang "
                + "menyebut pasokan berkurang karena cuaca buruk di Jawa Tengah.");
    }
}
