package id.newsroom.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordPress export (WXR) with StAX: one item at a time, so files of gigabytes need no more memory than
 * their largest item. Elements are recognised by namespace (WXR 1.0 to 1.2 use different {@code wp} URIs); DTDs and
 * external entities are refused.
 */
final class WxrReader {

    /** Receives what the file holds, in file order. */
    interface Handler {
        void author(String login, String displayName);

        void item(WxrItem item);

        /** The old site's address ({@code wp:base_site_url}, {@code wp:base_blog_url}): before the items. */
        default void site(String url) {}
    }

    /** The file is not well-formed XML; says where. */
    static final class MalformedException extends Exception {
        final int line;
        final int column;

        MalformedException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private WxrReader() {}

    static void read(Path file, Handler handler) throws IOException, MalformedException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try (InputStream in = Files.newInputStream(file)) {
            xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = name(xml);
                    if (name.equals("wp:author")) {
                        Map<String, String> a = children(xml);
                        handler.author(a.getOrDefault("wp:author_login", ""), a.get("wp:author_display_name"));
                    } else if (name.equals("wp:base_site_url") || name.equals("wp:base_blog_url")) {
                        handler.site(text(xml).trim());
                    } else if (name.equals("item")) {
                        handler.item(item(xml));
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
            String message = e.getMessage() == null
                    ? "unreadable"
                    : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
            throw new MalformedException(message.trim().replaceFirst("\\.$", ""), at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by try-with-resources
                }
            }
        }
    }

    private static WxrItem item(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        List<WxrItem.Term> terms = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = name(xml);
            switch (name) {
                case "category" -> {
                    String domain = xml.getAttributeValue(null, "domain");
                    String nicename = xml.getAttributeValue(null, "nicename");
                    terms.add(new WxrItem.Term(domain == null ? "category" : domain, nicename, text(xml)));
                }
                case "wp:postmeta" -> {
                    Map<String, String> kv = children(xml);
                    meta.put(kv.getOrDefault("wp:meta_key", ""), kv.getOrDefault("wp:meta_value", ""));
                }
                case "wp:comment" -> skip(xml); // comments stay behind: the platform has none
                default -> fields.put(name, text(xml));
            }
        }
        return new WxrItem(number(fields.get("wp:post_id")), fields.getOrDefault("wp:post_type", "post"),
                fields.getOrDefault("wp:status", ""), fields.getOrDefault("title", ""), fields.get("link"),
                fields.get("dc:creator"), fields.getOrDefault("content:encoded", ""), fields.get("excerpt:encoded"),
                fields.get("wp:post_name"), fields.get("wp:post_date_gmt"), fields.get("wp:attachment_url"), terms,
                meta);
    }

    /** Text of the simple child elements of the current element (nested ones are skipped). */
    private static Map<String, String> children(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            values.put(name(xml), text(xml));
        }
        return values;
    }

    /** The element's text; an element with children (not expected here) is skipped and counts as empty. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                sb.append(xml.getText());
            }
        }
        return sb.toString();
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        text(xml);
    }

    /** A stable prefix for each WXR namespace, whatever the file declares. */
    private static String name(XMLStreamReader xml) {
        String uri = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (uri == null || uri.isEmpty()) {
            return local;
        }
        if (uri.startsWith("http://wordpress.org/export/")) {
            return (uri.endsWith("/excerpt/") ? "excerpt:" : "wp:") + local;
        }
        if (uri.equals("http://purl.org/rss/1.0/modules/content/")) {
            return "content:" + local;
        }
        if (uri.equals("http://purl.org/dc/elements/1.1/")) {
            return "dc:" + local;
        }
        return uri + ":" + local;
    }

    private static long number(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
