package id.newsroom.infra.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The executable form of contracts/article-event.schema.json for tests: its examples, instances generated from it
 * (kept only when the schema accepts them) and mutations it rejects. Test support only: it knows the schema file, not
 * any service's event class, so each service still reads the event with its own types.
 */
public final class ArticleEventContract {

    /** The schema, from a module directory of this repository. */
    public static final Path SCHEMA_FILE = Path.of("../contracts/article-event.schema.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Schema schema;

    private ArticleEventContract(String text) {
        this.root = JSON.readTree(text);
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    }

    public static ArticleEventContract load() {
        try {
            return new ArticleEventContract(Files.readString(SCHEMA_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCHEMA_FILE.toAbsolutePath(), e);
        }
    }

    /** What the schema finds wrong with one event value (formats asserted); empty when it conforms. */
    public List<String> violations(String json) {
        List<Error> errors = schema.validate(JSON.readTree(json),
                ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    /** The schema's own {@code examples}. */
    public List<String> examples() {
        List<String> examples = new ArrayList<>();
        root.path("examples").forEach(example -> examples.add(JSON.writeValueAsString(example)));
        return examples;
    }

    /** {@code count} instances generated from the schema (random but repeatable by seed), each valid. */
    public List<String> validInstances(int count, long seed) {
        Random random = new Random(seed);
        List<String> valid = new ArrayList<>();
        for (int tries = 0; valid.size() < count && tries < count * 20; tries++) {
            String json = JSON.writeValueAsString(GeneratedInstance.of(root, random));
            if (violations(json).isEmpty()) { // the generator ignores if/then: rejection keeps only valid ones
                valid.add(json);
            }
        }
        return valid;
    }

    /** One broken instance: which property, what was done to it, and the value. */
    public record Mutation(String property, Kind kind, String json) {

        public enum Kind {
            MISSING, NULL, WRONG_TYPE, OUT_OF_RANGE
        }

        @Override
        public String toString() {
            return kind + " " + property + ": " + json;
        }
    }

    /**
     * Every property of {@code base} (nested ones too) broken in each way its schema forbids: missing when required,
     * null, of another type, outside its enum, pattern, length, size or minimum. Only what the schema rejects is kept.
     */
    public List<Mutation> invalidInstances(String base) {
        List<Mutation> mutations = new ArrayList<>();
        ObjectNode whole = (ObjectNode) JSON.readTree(base);
        mutate(whole, root, "", mutations, whole);
        return mutations.stream().filter(m -> !violations(m.json()).isEmpty()).toList();
    }

    private void mutate(ObjectNode whole, JsonNode objectSchema, String prefix, List<Mutation> out, ObjectNode at) {
        Set<String> required = new LinkedHashSet<>();
        objectSchema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : objectSchema.path("properties").properties()) {
            String name = property.getKey();
            String path = prefix + name;
            JsonNode propertySchema = objectBranch(property.getValue());
            if (!at.has(name)) {
                continue;
            }
            JsonNode original = at.get(name);
            if (required.contains(name)) {
                at.remove(name);
                out.add(new Mutation(path, Mutation.Kind.MISSING, JSON.writeValueAsString(whole)));
                at.set(name, original);
            }
            for (Map.Entry<Mutation.Kind, List<JsonNode>> broken : broken(propertySchema).entrySet()) {
                for (JsonNode value : broken.getValue()) {
                    at.set(name, value);
                    out.add(new Mutation(path, broken.getKey(), JSON.writeValueAsString(whole)));
                }
            }
            at.set(name, original);
            if (original.isObject() && propertySchema.has("properties")) {
                mutate(whole, propertySchema, path + ".", out, (ObjectNode) original);
            }
        }
    }

    private static JsonNode objectBranch(JsonNode propertySchema) {
        for (JsonNode branch : propertySchema.path("oneOf")) {
            if ("object".equals(branch.path("type").asString())) {
                return branch;
            }
        }
        return propertySchema;
    }

    private static Map<Mutation.Kind, List<JsonNode>> broken(JsonNode s) {
        List<JsonNode> outOfRange = new ArrayList<>();
        if (s.has("enum")) {
            outOfRange.add(NODES.stringNode("NOT_IN_THE_ENUM"));
        }
        if (s.has("pattern")) {
            outOfRange.add(NODES.stringNode("Not A Slug!"));
            outOfRange.add(NODES.stringNode("   ")); // blank: what every pattern of the schema refuses
        }
        if (s.path("minLength").asInt(0) > 0) {
            outOfRange.add(NODES.stringNode(""));
        }
        if (s.has("maxLength")) {
            outOfRange.add(NODES.stringNode("x".repeat(s.path("maxLength").asInt() + 1)));
        }
        if (s.has("minimum")) {
            outOfRange.add(NODES.numberNode(s.path("minimum").asLong() - 1));
        }
        if (s.has("maxItems")) {
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i <= s.path("maxItems").asInt(); i++) {
                many.add("tag" + i);
            }
            outOfRange.add(many);
        }
        if (s.path("uniqueItems").asBoolean(false)) {
            outOfRange.add(NODES.arrayNode().add("sama").add("sama"));
        }
        if ("date-time".equals(s.path("format").asString())) {
            outOfRange.add(NODES.stringNode("kemarin sore"));
        }
        Set<String> types = types(s);
        List<JsonNode> wrongType = new ArrayList<>();
        if (!types.contains("object")) {
            wrongType.add(NODES.objectNode().put("unexpected", true));
        }
        if (!types.contains("array")) {
            wrongType.add(NODES.arrayNode().add(1));
        }
        if (!types.contains("string") && !s.has("enum")) {
            wrongType.add(NODES.stringNode("teks"));
        }
        return Map.of(Mutation.Kind.NULL, types.contains("null") ? List.of() : List.of(NODES.nullNode()),
                Mutation.Kind.WRONG_TYPE, wrongType, Mutation.Kind.OUT_OF_RANGE, outOfRange);
    }

    static Set<String> types(JsonNode s) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = s.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        s.path("oneOf").forEach(branch -> types.addAll(types(branch)));
        if (s.has("enum")) {
            types.add("string");
        }
        return types;
    }
}
