package id.newsroom.search.query.snippets;

/** Escaping and trimming of snippet text. */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text cut at a word boundary near {@code max} characters. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + " …";
    }

    /**
     * Already escaped and marked text, cut near {@code max} visible characters without splitting an entity or a
     * mark; the cut keeps the first mark inside the snippet.
     */
    static String shortenMarked(String marked, int max) {
        if (marked.length() <= max + 40) {
            return marked.strip();
        }
        int firstMark = marked.indexOf("<mark>");
        int begin = 0;
        if (firstMark > max / 2) {
            int space = marked.lastIndexOf(' ', firstMark - max / 4);
            begin = space < 0 ? 0 : space + 1;
        }
        int end = Math.min(marked.length(), begin + max);
        int space = marked.indexOf(' ', end);
        end = space < 0 ? marked.length() : space;
        String cut = marked.substring(begin, end);
        // Never leave a half entity or an open mark behind.
        int amp = cut.lastIndexOf('&');
        if (amp >= 0 && cut.indexOf(';', amp) < 0) {
            cut = cut.substring(0, amp);
        }
        int lt = cut.lastIndexOf('<');
        if (lt >= 0 && cut.indexOf('>', lt) < 0) {
            cut = cut.substring(0, lt);
        }
        if (cut.lastIndexOf("<mark>") > cut.lastIndexOf("</mark>")) {
            cut = cut + "</mark>";
        }
        return (begin > 0 ? "… " : "") + cut.strip() + (end < marked.length() ? " …" : "");
    }
}
