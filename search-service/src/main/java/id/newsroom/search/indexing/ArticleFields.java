package id.newsroom.search.indexing;

import java.util.Locale;
import java.util.Map;

import id.newsroom.search.analysis.IndonesianTextAnalyzer;
import id.newsroom.search.analysis.SuggestAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;

/**
 * The Lucene document of one article. Every article id has exactly one document: the searchable one while the
 * article is PUBLISHED, otherwise a tombstone that only remembers the version (so a late, older event cannot bring
 * a withdrawn article back). Tombstones have no text fields; searches without words filter on {@link #VISIBLE}.
 */
public final class ArticleFields {

    public static final String ID = "id";
    public static final String VERSION = "version";
    public static final String VISIBLE = "visible";
    public static final String SLUG = "slug";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    /** Tags, author name and section name as text. */
    public static final String META = "meta";
    public static final String SUGGEST = "suggest";
    /** Every word as written (lower case, unstemmed, no positions): the vocabulary "did you mean" corrects to. */
    public static final String SPELL = "spell";
    /** Title, summary, body and meta together: where every word of a query must be found. */
    public static final String ALL = "all";
    public static final String CATEGORY = "category";
    public static final String CATEGORY_NAME = "categoryName";
    /** Slug and name in one doc value, for facet counts that can name their buckets. */
    public static final String CATEGORY_FACET = "categoryFacet";
    public static final String TAG = "tag";
    public static final String TAGS_STORED = "tags";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_NAME = "authorName";
    public static final String PUBLISHED_AT = "publishedAt";

    public static final char FACET_SEPARATOR = '\u001f';
    public static final Term VISIBLE_TERM = new Term(VISIBLE, "1");

    /**
     * The order of documents in every segment, newest first: a search sorted this way stops after the page, and the
     * recency window can skip the older stories once they cannot reach it (see {@code RecencyWindowCollector}).
     */
    public static final Sort NEWEST_FIRST = newestFirst();

    /** Text with offsets in the postings: snippets without re-analysing stored text. */
    private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_STORED);

    /** Words only: a spelling vocabulary needs to know which words occur and in how many stories. */
    private static final FieldType VOCABULARY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_TEXT.freeze();
        VOCABULARY.setIndexOptions(IndexOptions.DOCS);
        VOCABULARY.setOmitNorms(true);
        VOCABULARY.freeze();
    }

    private ArticleFields() {}

    private static Sort newestFirst() {
        SortField published = new SortField(PUBLISHED_AT, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE); // none expected; last, as the oldest
        return new Sort(published);
    }

    public static Term idTerm(String articleId) {
        return new Term(ID, articleId);
    }

    public static String normalizeKeyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    public static Document toDocument(ArticleEvent event) {
        Document doc = new Document();
        doc.add(new StringField(ID, event.articleId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(event.articleId())));
        doc.add(new NumericDocValuesField(VERSION, event.version()));
        if (!event.published()) {
            doc.add(new StringField(VISIBLE, "0", Field.Store.NO));
            return doc;
        }
        doc.add(new StringField(VISIBLE, "1", Field.Store.NO));
        doc.add(new StoredField(SLUG, event.slug()));
        doc.add(new Field(TITLE, event.title(), HIGHLIGHTED_TEXT));
        doc.add(new TextField(SUGGEST, event.title(), Field.Store.NO));
        doc.add(new Field(SUMMARY, nullToEmpty(event.summary()), HIGHLIGHTED_TEXT));
        String body = plainText(event.body());
        doc.add(new Field(BODY, body, HIGHLIGHTED_TEXT));

        String categoryName = event.categoryName() == null ? event.categorySlug() : event.categoryName();
        doc.add(new StringField(CATEGORY, event.categorySlug(), Field.Store.YES));
        doc.add(new StoredField(CATEGORY_NAME, categoryName));
        doc.add(new SortedDocValuesField(CATEGORY_FACET,
                new BytesRef(event.categorySlug() + FACET_SEPARATOR + categoryName)));
        doc.add(new StringField(AUTHOR, event.authorId(), Field.Store.YES));
        String authorName = nullToEmpty(event.authorName());
        doc.add(new StoredField(AUTHOR_NAME, authorName));

        StringBuilder meta = new StringBuilder(authorName).append(" . ").append(categoryName);
        for (String tag : event.tags()) {
            doc.add(new StringField(TAG, normalizeKeyword(tag), Field.Store.NO));
            doc.add(new StoredField(TAGS_STORED, tag));
            meta.append(" . ").append(tag);
        }
        doc.add(new TextField(META, meta.toString(), Field.Store.NO));
        doc.add(new TextField(ALL, event.title(), Field.Store.NO));
        doc.add(new TextField(ALL, nullToEmpty(event.summary()), Field.Store.NO));
        doc.add(new TextField(ALL, meta.toString(), Field.Store.NO));
        doc.add(new TextField(ALL, body, Field.Store.NO));
        doc.add(new Field(SPELL, event.title() + " . " + nullToEmpty(event.summary()) + " . " + meta + " . " + body,
                VOCABULARY));

        long published = (event.publishedAt() == null ? event.updatedAt() : event.publishedAt()).toEpochMilli();
        doc.add(new LongPoint(PUBLISHED_AT, published));
        doc.add(new NumericDocValuesField(PUBLISHED_AT, published));
        doc.add(new StoredField(PUBLISHED_AT, published));
        return doc;
    }

    static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parse(html).text();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The index-time analysis, shared (analyzers are thread-safe and reuse their components per thread). */
    private static final Analyzer SHARED = newAnalyzer();

    public static Analyzer analyzer() {
        return SHARED;
    }

    static Analyzer newAnalyzer() {
        return new PerFieldAnalyzerWrapper(IndonesianTextAnalyzer.forIndexing(),
                Map.of(ArticleFields.SUGGEST, new SuggestAnalyzer(), ArticleFields.SPELL, new SuggestAnalyzer()));
    }
}
