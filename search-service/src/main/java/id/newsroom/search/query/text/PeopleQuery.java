package id.newsroom.search.query.text;

import java.util.ArrayList;
import java.util.List;

import id.newsroom.search.query.api.BadQueryException;

/**
 * The query language for people: plain words, "quoted phrases" and -exclusions (of a word or a phrase). Nothing else
 * has a meaning: Lucene syntax such as {@code title:x~} or {@code *:*} is just text, an unbalanced quote runs to the
 * end, and punctuation falls away in analysis.
 */
public record PeopleQuery(List<Clause> clauses) {

    /** One word or phrase, wanted or excluded. */
    public record Clause(String text, boolean phrase, boolean excluded) {}

    public static PeopleQuery parse(String input, int maxLength, int maxClauses) {
        if (input == null) {
            return new PeopleQuery(List.of());
        }
        if (input.length() > maxLength) {
            throw new BadQueryException("q is " + input.length() + " characters long; at most " + maxLength
                    + " are allowed");
        }
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1))) {
                excluded = true;
                i++;
                c = input.charAt(i);
            }
            String text;
            boolean phrase = c == '"';
            if (phrase) {
                int end = input.indexOf('"', i + 1);
                if (end < 0) {
                    end = n; // unbalanced: the rest is the phrase
                }
                text = input.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(input.charAt(end)) && input.charAt(end) != '"') {
                    end++;
                }
                text = input.substring(i, end);
                i = end;
            }
            if (!text.isBlank()) {
                clauses.add(new Clause(text.strip(), phrase, excluded));
            }
        }
        if (clauses.size() > maxClauses) {
            throw new BadQueryException("q has " + clauses.size() + " words, phrases or exclusions; at most "
                    + maxClauses + " are allowed");
        }
        return new PeopleQuery(List.copyOf(clauses));
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }
}
