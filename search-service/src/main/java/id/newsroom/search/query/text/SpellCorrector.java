package id.newsroom.search.query.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

import id.newsroom.search.analysis.SuggestAnalyzer;
import id.newsroom.search.indexing.ArticleFields;

/**
 * "Did you mean": a wanted word that matches nothing in the index (not even through a synonym) is replaced by the
 * closest word that occurs in the articles' text (field {@link ArticleFields#SPELL}: words as written, lower case),
 * preferring frequent words. Such a word could never match anyway, so the corrected query only finds more.
 */
public final class SpellCorrector {

    private static final int MIN_LENGTH = 4;
    /** Longer "words" are not typos of a word (and would make the edit automaton expensive). */
    private static final int MAX_LENGTH = 30;
    private static final Analyzer WORDS = new SuggestAnalyzer();

    private SpellCorrector() {}

    /** The corrected query, or null when every word is known or no unknown word has a close neighbour. */
    public static PeopleQuery correct(IndexReader reader, PeopleQuery query, Analyzer analyzer) throws IOException {
        QueryBuilder builder = new QueryBuilder(analyzer);
        List<PeopleQuery.Clause> corrected = new ArrayList<>();
        boolean changed = false;
        for (PeopleQuery.Clause clause : query.clauses()) {
            String replacement = clause.excluded() || clause.phrase()
                    ? null
                    : correctWord(reader, builder, clause.text());
            changed |= replacement != null;
            corrected.add(replacement == null ? clause : new PeopleQuery.Clause(replacement, false, false));
        }
        return changed ? new PeopleQuery(List.copyOf(corrected)) : null;
    }

    private static String correctWord(IndexReader reader, QueryBuilder builder, String text) throws IOException {
        String word = single(text);
        if (word == null || word.length() < MIN_LENGTH || word.length() > MAX_LENGTH
                || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Query analysed = builder.createBooleanQuery(ArticleFields.ALL, text, Occur.MUST);
        if (analysed == null || known(reader, analysed)) {
            return null; // a stop word, or found (as written, inflected or through the dictionary)
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(word.length() <= 5 ? 1 : 2);
        SuggestWord[] similar = checker.suggestSimilar(new Term(ArticleFields.SPELL, word), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return similar.length == 0 ? null : similar[0].string;
    }

    private static boolean known(IndexReader reader, Query analysed) throws IOException {
        Set<Term> terms = new HashSet<>();
        analysed.visit(QueryVisitor.termCollector(terms));
        for (Term term : terms) {
            if (reader.docFreq(term) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The word as the spelling field holds it, or null when the text is not exactly one word. */
    private static String single(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (var stream = WORDS.tokenStream(ArticleFields.SPELL, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens.size() == 1 ? tokens.get(0) : null;
    }

    /** The query as a person would type it again: phrases quoted, exclusions with a minus. */
    public static String text(PeopleQuery query) {
        List<String> parts = new ArrayList<>();
        for (PeopleQuery.Clause clause : query.clauses()) {
            String text = clause.phrase() ? '"' + clause.text() + '"' : clause.text();
            parts.add(clause.excluded() ? "-" + text : text);
        }
        return String.join(" ", parts);
    }
}
