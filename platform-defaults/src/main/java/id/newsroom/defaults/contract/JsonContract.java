package id.newsroom.defaults.contract;

import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON Schema of the repository's {@code contracts/}, checked at run time. The build packages that directory into
 * this module's jar as {@code contracts/} (no copy by hand), so a consumer loads the very file the producer is tested
 * against, validates every incoming value here and only then reads it with its own tolerant types: all consumers of
 * a topic reject exactly what the schema rejects. Formats (date-time, uri) are asserted, as in the contract tests.
 * Thread-safe: load each schema once and share it.
 */
public final class JsonContract {

    /** At most this many violations are named in a reason: a dead letter's header, not a report. */
    static final int NAMED_VIOLATIONS = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final Schema schema;

    private JsonContract(String name, String text) {
        this.name = name;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    }

    /** @param resource a classpath resource, e.g. {@code contracts/article-event.schema.json} */
    public static JsonContract load(String resource) {
        return new JsonContract(resource.substring(resource.lastIndexOf('/') + 1), ContractFiles.text(resource));
    }

    /**
     * The value parsed, when the schema accepts it.
     *
     * @throws ContractViolationException when there is no value, it is not JSON or the schema rejects it; the message
     *         names the schema and what is wrong
     */
    public JsonNode read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new ContractViolationException(name + ": no value (a tombstone or empty record is not an event)");
        }
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (JacksonException e) {
            throw new ContractViolationException(name + ": not JSON: " + e.getOriginalMessage(), e);
        }
        List<String> violations = violations(node);
        if (!violations.isEmpty()) {
            throw new ContractViolationException(name + ": " + summary(violations));
        }
        return node;
    }

    /** What the schema finds wrong with {@code node}; empty when it conforms. */
    public List<String> violations(JsonNode node) {
        List<Error> errors = schema.validate(node, ctx -> ctx.executionConfig(
                c -> c.formatAssertionsEnabled(true).locale(Locale.ENGLISH)));
        return errors.stream().map(JsonContract::describe).toList();
    }

    /** "/slug: does not match ...", the whole value named "/" (the validator leaves its location empty). */
    private static String describe(Error error) {
        String text = error.toString();
        return text.startsWith(": ") ? "/" + text : text;
    }

    private static String summary(List<String> violations) {
        String named = String.join("; ", violations.subList(0, Math.min(NAMED_VIOLATIONS, violations.size())));
        int more = violations.size() - NAMED_VIOLATIONS;
        return more > 0 ? named + " (and " + more + " more)" : named;
    }
}
