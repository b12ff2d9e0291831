package id.newsroom.search.query.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import id.newsroom.search.query.api.BadQueryException;

class PeopleQueryTest {

    private static PeopleQuery parse(String q) {
        return PeopleQuery.parse(q, 200, 12);
    }

    @Test
    void wordsPhrasesAndExclusions() {
        assertThat(parse("banjir \"pondok aren\" -ciledug -\"jalan tol\"").clauses()).containsExactly(
                new PeopleQuery.Clause("banjir", false, false),
                new PeopleQuery.Clause("pondok aren", true, false),
                new PeopleQuery.Clause("ciledug", false, true),
                new PeopleQuery.Clause("jalan tol", true, true));
    }

    @Test
    void unbalancedQuoteRunsToTheEnd() {
        assertThat(parse("umkm \"pelatihan digital").clauses()).containsExactly(
                new PeopleQuery.Clause("umkm", false, false),
                new PeopleQuery.Clause("pelatihan digital", true, false));
    }

    @Test
    void luceneSyntaxIsJustText() {
        assertThat(parse("title:x~ *:* AND (a OR b)").clauses()).extracting(PeopleQuery.Clause::text)
                .containsExactly("title:x~", "*:*", "AND", "(a", "OR", "b)");
        assertThat(parse("- \"\" --").clauses()).extracting(PeopleQuery.Clause::text).containsExactly("-", "-");
        assertThat(parse("anak-anak").clauses()).containsExactly(new PeopleQuery.Clause("anak-anak", false, false));
    }

    @Test
    void lengthAndClausesAreBounded() {
        assertThatThrownBy(() -> parse("a".repeat(201))).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("at most 200");
        assertThatThrownBy(() -> parse("a b c d e f g h i j k l m")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("at most 12");
        assertThat(parse(null).isEmpty()).isTrue();
    }
}
