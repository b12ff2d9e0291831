package id.newsroom.defaults.problem;

import java.util.Arrays;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What is wrong with a JSON document, said as the problem a client gets: the field's path and what it should be. */
public final class JsonBodyProblems {

    private JsonBodyProblems() {}

    /** The JSON-level view of a failed read (with its field path), not e.g. the DateTimeParseException under it. */
    public static ClientProblem describeReadFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabindException) {
                return describe(t);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return describe(t);
            }
        }
        return describe(failure);
    }

    /** One Jackson failure as a problem (also used per line by a streamed import). */
    public static ClientProblem describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException u) {
            return ClientProblem.invalid(path(u), "unknown field '" + u.getPropertyName() + "'; known fields: "
                    + u.getKnownPropertyIds());
        }
        if (cause instanceof InvalidFormatException f) {
            return ClientProblem.invalid(path(f),
                    "value '" + f.getValue() + "' is not " + describeType(f.getTargetType()));
        }
        if (cause instanceof MismatchedInputException m && m.getPath().isEmpty()) {
            return ClientProblem.badRequest("The request body must be a JSON object.");
        }
        if (cause instanceof MismatchedInputException m) {
            return ClientProblem.invalid(path(m), "wrong type: expected " + describeType(m.getTargetType()));
        }
        if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            String msg = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
            return ClientProblem.badRequest("Malformed JSON: " + msg);
        }
        return ClientProblem.badRequest("The request body is missing or is not JSON.");
    }

    static String describeType(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        String name = type.getSimpleName();
        return switch (name) {
            case "List", "ArrayList", "Set" -> "an array";
            case "String" -> "a string";
            case "Instant", "OffsetDateTime" -> "an ISO-8601 instant such as 2026-12-01T07:00:00Z";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> type.isRecord() || name.endsWith("Request") ? "an object" : name;
        };
    }

    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        });
        return sb.length() == 0 ? "body" : sb.toString();
    }
}
