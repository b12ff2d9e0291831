package id.newsroom.infra.contract;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A random instance of a JSON Schema (the subset the event schema uses: objects, arrays, enums, oneOf, strings with
 * lengths, patterns and formats, integers with a minimum). It ignores if/then: the caller keeps only what validates.
 */
final class GeneratedInstance {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String WORDS = "pemkot tangsel beri pelatihan pelaku usaha umkm banjir jalan warga berita "
            + "sekolah rumah sakit pasar wisata bisnis olahraga gubernur bupati serpong ciputat pamulang cisauk";

    private GeneratedInstance() {}

    static JsonNode of(JsonNode schema, Random random) {
        return generate(schema, random, true);
    }

    private static JsonNode generate(JsonNode s, Random random, boolean top) {
        if (s.has("enum")) {
            return s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        if (s.has("oneOf")) {
            return generate(s.get("oneOf").get(random.nextInt(s.get("oneOf").size())), random, false);
        }
        List<String> types = new ArrayList<>(ArticleEventContract.types(s));
        String type = types.get(random.nextInt(types.size()));
        return switch (type) {
            case "null" -> NODES.nullNode();
            case "integer" -> NODES.numberNode(s.path("minimum").asLong(0) + random.nextInt(100_000));
            case "array" -> array(s, random);
            case "object" -> object(s, random, top);
            default -> NODES.stringNode(string(s, random));
        };
    }

    private static ObjectNode object(JsonNode s, Random random, boolean top) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        s.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
            if (required.contains(property.getKey()) || random.nextBoolean()) {
                object.set(property.getKey(), generate(property.getValue(), random, false));
            }
        }
        if (random.nextInt(4) == 0) { // consumers must ignore what they do not know
            object.put(top ? "somethingNew" : "extra", "tolerant readers ignore this");
        }
        return object;
    }

    private static ArrayNode array(JsonNode s, Random random) {
        int max = s.path("maxItems").asInt(5);
        int size = random.nextInt(10) == 0 ? max : random.nextInt(Math.min(max, 5) + 1);
        Set<String> items = new LinkedHashSet<>();
        for (int tries = 0; items.size() < size && tries < size * 10; tries++) {
            items.add(string(s.path("items"), random));
        }
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    private static String string(JsonNode s, Random random) {
        String format = s.path("format").asString("");
        if ("date-time".equals(format)) {
            Instant at = Instant.ofEpochSecond(946_684_800L + (long) (random.nextDouble() * 946_684_800L));
            return switch (random.nextInt(3)) {
                case 0 -> at.toString();
                case 1 -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.ofHours(7)));
                default -> at.plusMillis(random.nextInt(1000)).toString();
            };
        }
        int min = Math.max(1, s.path("minLength").asInt(0));
        int max = s.path("maxLength").asInt(300);
        int length = random.nextInt(8) == 0 ? max : min + random.nextInt(Math.max(1, Math.min(max, 60) - min + 1));
        if ("uri".equals(format)) {
            return "https://cdn.example.id/" + slug(random, Math.max(1, Math.min(length, 200)));
        }
        if (s.has("pattern")) {
            return slug(random, length);
        }
        StringBuilder text = new StringBuilder();
        String[] words = WORDS.split(" ");
        while (text.length() < length) {
            text.append(text.isEmpty() ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return text.substring(0, length).strip().isEmpty() ? "x" : text.substring(0, length).strip();
    }

    private static String slug(Random random, int length) {
        StringBuilder slug = new StringBuilder();
        while (slug.length() < length) {
            if (!slug.isEmpty() && slug.length() < length - 1 && random.nextInt(6) == 0) {
                slug.append('-');
            }
            slug.append((char) ('a' + random.nextInt(26)));
        }
        return slug.toString();
    }
}
