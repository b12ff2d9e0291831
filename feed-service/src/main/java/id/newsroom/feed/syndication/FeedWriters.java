package id.newsroom.feed.syndication;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 writers over the same entries. */
final class FeedWriters {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** What describes a feed: its title, the page it stands for and its own URL. */
    record Channel(String title, String description, String homeUrl, String selfUrl, String language,
            Instant updated) {}

    private FeedWriters() {}

    static byte[] rss(Channel ch, List<FeedEntry> entries) {
        return xml(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM_NS);
            w.writeNamespace("media", MEDIA_NS);
            w.writeNamespace("dc", DC_NS);
            w.writeStartElement("channel");
            text(w, "title", ch.title());
            text(w, "link", ch.homeUrl());
            text(w, "description", ch.description());
            text(w, "language", ch.language());
            text(w, "lastBuildDate", RFC_822.format(ch.updated()));
            w.writeEmptyElement(ATOM_NS, "link");
            w.writeAttribute("href", ch.selfUrl());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            for (FeedEntry e : entries) {
                w.writeStartElement("item");
                text(w, "title", e.item().title());
                text(w, "link", e.url());
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "false");
                w.writeCharacters(e.item().id());
                w.writeEndElement();
                text(w, "pubDate", RFC_822.format(e.published()));
                text(w, "description", e.item().summary());
                w.writeStartElement(DC_NS, "creator");
                w.writeCharacters(e.item().author().name());
                w.writeEndElement();
                text(w, "category", e.item().category().name());
                for (String tag : e.tags()) {
                    text(w, "category", tag);
                }
                if (e.item().image() != null) {
                    w.writeEmptyElement("enclosure");
                    w.writeAttribute("url", e.imageUrl());
                    w.writeAttribute("type", e.imageType());
                    w.writeAttribute("length", "0"); // unknown size; 0 is the accepted convention
                    w.writeStartElement(MEDIA_NS, "content");
                    w.writeAttribute("url", e.imageUrl());
                    w.writeAttribute("medium", "image");
                    w.writeAttribute("type", e.imageType());
                    optional(w, MEDIA_NS, "description", e.item().image().caption());
                    optional(w, MEDIA_NS, "credit", e.item().image().credit());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    static byte[] atom(Channel ch, List<FeedEntry> entries) {
        return xml(w -> {
            w.setDefaultNamespace(ATOM_NS);
            w.writeStartElement(ATOM_NS, "feed");
            w.writeDefaultNamespace(ATOM_NS);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", ch.language());
            atomText(w, "id", ch.selfUrl());
            atomText(w, "title", ch.title());
            atomText(w, "subtitle", ch.description());
            atomText(w, "updated", ch.updated().toString());
            atomLink(w, "self", ch.selfUrl(), "application/atom+xml");
            atomLink(w, "alternate", ch.homeUrl(), null);
            for (FeedEntry e : entries) {
                w.writeStartElement(ATOM_NS, "entry");
                atomText(w, "id", "urn:newsroom:article:" + e.item().id());
                atomText(w, "title", e.item().title());
                atomLink(w, "alternate", e.url(), "text/html");
                atomText(w, "published", e.published().toString());
                atomText(w, "updated", e.updated().toString());
                atomText(w, "summary", e.item().summary());
                w.writeStartElement(ATOM_NS, "author");
                atomText(w, "name", e.item().author().name());
                w.writeEndElement();
                w.writeEmptyElement(ATOM_NS, "category");
                w.writeAttribute("term", e.item().category().slug());
                w.writeAttribute("label", e.item().category().name());
                for (String tag : e.tags()) {
                    w.writeEmptyElement(ATOM_NS, "category");
                    w.writeAttribute("term", tag);
                }
                if (e.item().image() != null) {
                    atomLink(w, "enclosure", e.imageUrl(), e.imageType());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static byte[] jsonFeed(JsonMapper json, Channel ch, List<FeedEntry> entries) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", ch.title());
        feed.put("home_page_url", ch.homeUrl());
        feed.put("feed_url", ch.selfUrl());
        feed.put("description", ch.description());
        feed.put("language", ch.language());
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedEntry e : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.item().id());
            item.put("url", e.url());
            item.put("title", e.item().title());
            item.put("summary", e.item().summary());
            item.put("content_html", e.body() == null || e.body().isEmpty() ? e.item().summary() : e.body());
            if (e.item().image() != null) {
                item.put("image", e.imageUrl());
            }
            item.put("date_published", e.published().toString());
            item.put("date_modified", e.updated().toString());
            item.put("authors", List.of(Map.of("name", e.item().author().name())));
            List<String> tags = new ArrayList<>();
            tags.add(e.item().category().name());
            tags.addAll(e.tags());
            item.put("tags", tags);
            items.add(item);
        }
        feed.put("items", items);
        return json.writeValueAsBytes(feed);
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("Could not write feed", ex);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static void optional(XMLStreamWriter w, String ns, String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            w.writeStartElement(ns, name);
            w.writeCharacters(value);
            w.writeEndElement();
        }
    }

    private static void atomText(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(ATOM_NS, name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static void atomLink(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement(ATOM_NS, "link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        if (type != null) {
            w.writeAttribute("type", type);
        }
    }
}
