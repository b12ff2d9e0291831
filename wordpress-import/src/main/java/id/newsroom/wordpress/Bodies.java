package id.newsroom.wordpress;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * WordPress post content into article HTML: Gutenberg block comments removed, {@code [caption]} shortcodes turned into
 * figures with captions, every other shortcode dropped (and counted), and classic-editor text (blank lines between
 * paragraphs, no {@code <p>}) given its paragraphs as WordPress itself does when it shows it. The result is still
 * sanitized by article-service, as every article is.
 */
final class Bodies {

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[\\s\\S]*?-->");
    private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\]([\\s\\S]*?)\\[/caption\\]");
    private static final Pattern CAPTION_ATTR = Pattern.compile("caption=\"([^\"]*)\"");
    private static final Pattern IMAGE = Pattern
            .compile("^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)([\\s\\S]*)$");
    // Shortcode names are lower case by convention; "[Baca juga: ...]" and other bracketed prose stay as they are.
    private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-z][a-z0-9_-]*)((?:\\s[^\\]]*)?)/?\\]");
    private static final Pattern BLOCK_TAG = Pattern.compile("<(p|div|h[1-6]|ul|ol|figure|blockquote|table|pre)\\b",
            Pattern.CASE_INSENSITIVE);

    private Bodies() {}

    /** The converted body; {@code droppedShortcodes} counts each dropped shortcode by name. */
    static String convert(String content, Map<String, Integer> droppedShortcodes) {
        String html = BLOCK_COMMENT.matcher(content == null ? "" : content).replaceAll("");
        html = captions(html);
        Matcher m = SHORTCODE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group(1).isEmpty()) { // count openings only: [embed]...[/embed] is one shortcode
                droppedShortcodes.merge(m.group(2), 1, Integer::sum);
            }
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        html = out.toString().trim();
        return BLOCK_TAG.matcher(html).find() ? html : paragraphs(html);
    }

    private static String captions(String html) {
        Matcher m = CAPTION.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher attr = CAPTION_ATTR.matcher(m.group(1));
            Matcher image = IMAGE.matcher(m.group(2));
            String img = image.matches() ? image.group(1).trim() : m.group(2).trim();
            String caption = attr.find() ? attr.group(1) : image.matches() ? image.group(2).trim() : "";
            String figure = "<figure>" + img + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>")
                    + "</figure>";
            m.appendReplacement(out, Matcher.quoteReplacement(figure));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** WordPress's own "autop" in short: blank lines separate paragraphs, single line breaks stay breaks. */
    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.split("\\n\\s*\\n")) {
            String p = para.trim();
            if (!p.isEmpty()) {
                out.append("<p>").append(p.replaceAll("\\s*\\n\\s*", "<br>")).append("</p>");
            }
        }
        return out.toString();
    }

    /** A teaser: the excerpt when there is one, else the first sentences of the body (plain text, at most 300 chars). */
    static String summary(String excerpt, String body) {
        String fromExcerpt = excerpt == null ? "" : Jsoup.parse(excerpt).text().trim();
        if (!fromExcerpt.isEmpty()) {
            return cut(fromExcerpt, 500);
        }
        String text = Jsoup.parse(body).text().trim();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag("id"));
        sentences.setText(text);
        int end = 0;
        for (int next = sentences.next(); next != BreakIterator.DONE; next = sentences.next()) {
            if (next > 300 && end > 0) {
                break;
            }
            end = next;
            if (end >= 120) {
                break;
            }
        }
        return cut(text.substring(0, end).trim(), 300);
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int space = s.lastIndexOf(' ', max - 1);
        return s.substring(0, space > max / 2 ? space : max - 1).trim() + "…";
    }

    static Map<String, Integer> counter() {
        return new TreeMap<>();
    }
}
