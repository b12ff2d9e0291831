package id.newsroom.infra.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import id.newsroom.infra.contract.ArticleEventContract.Mutation;

/**
 * What every consumer of the event owes the contract, checked the same way in each (feed and search test their own
 * readers with it): an instance the schema rejects is poison where the consumer relies on the broken property, and
 * never a crash anywhere.
 */
public final class ReaderContract {

    /** Values on the topic that are not an event at all: each must be poison. */
    public static final List<String> NOT_EVENTS = List.of("", "{not json", "[1,2]", "42", "null", "\"text\"");

    private ReaderContract() {}

    /**
     * The mistakes of a reader that validates against the schema at run time (feed and search both do): every
     * schema-rejected mutation of the schema's examples, out of range included, must be {@code poison}. Two readers
     * without mistakes here reject exactly the same values: one reading of each event.
     */
    public static List<String> mistakesOfTheOneReading(ArticleEventContract contract, Consumer<String> reader,
            Class<? extends RuntimeException> poison) {
        List<String> mistakes = new ArrayList<>();
        for (String base : contract.examples()) {
            for (Mutation mutation : contract.invalidInstances(base)) {
                try {
                    reader.accept(mutation.json());
                    mistakes.add(mutation + " was accepted, yet the schema rejects it");
                } catch (RuntimeException e) {
                    if (!poison.isInstance(e)) {
                        mistakes.add(mutation + " crashed the reader instead of being poison: " + e);
                    }
                }
            }
        }
        return mistakes;
    }

    /**
     * The mistakes {@code reader} makes with the schema-rejected mutations of two of the schema's examples (empty when
     * none): a relied-on property broken in any way but out of range must throw {@code poison}; any other broken
     * property may be read tolerantly or be poison, but nothing else may be thrown.
     */
    public static List<String> mistakesWithBrokenInstances(ArticleEventContract contract, Consumer<String> reader,
            Class<? extends RuntimeException> poison, Predicate<String> relied) {
        List<String> mistakes = new ArrayList<>();
        for (String base : List.of(contract.examples().get(1), contract.examples().get(3))) {
            List<Mutation> broken = contract.invalidInstances(base);
            if (broken.size() <= 50) {
                mistakes.add("only " + broken.size() + " mutations the schema rejects for " + base);
            }
            for (Mutation mutation : broken) {
                boolean mustBePoison = relied.test(mutation.property())
                        && mutation.kind() != Mutation.Kind.OUT_OF_RANGE;
                try {
                    reader.accept(mutation.json());
                    if (mustBePoison) {
                        mistakes.add(mutation + " was accepted; the reader relies on it, so it must be poison");
                    }
                } catch (RuntimeException e) {
                    if (!poison.isInstance(e)) {
                        mistakes.add(mutation + " crashed the reader instead of being poison: " + e);
                    }
                }
            }
        }
        return mistakes;
    }
}
