package id.newsroom.search.indexing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a Lucene commit of the index carries besides documents: the topic and, per partition, the Kafka offset the
 * commit reflects. Documents and offsets become durable together, so a restart resumes exactly where the index is.
 */
final class CommitData {

    static final String TOPIC_KEY = "kafka.topic";
    static final String OFFSET_PREFIX = "kafka.offset.";

    private CommitData() {}

    static Map<String, String> of(String topic, Map<Integer, Long> offsets) {
        Map<String, String> userData = new HashMap<>();
        userData.put(TOPIC_KEY, topic);
        offsets.forEach((partition, offset) -> userData.put(OFFSET_PREFIX + partition, Long.toString(offset)));
        return userData;
    }

    /** The Kafka offsets in a commit's user data; a commit of another topic is refused. */
    static Map<Integer, Long> offsets(Map<String, String> userData, String topic, Path path) throws IOException {
        String indexedTopic = userData.get(TOPIC_KEY);
        if (indexedTopic != null && !indexedTopic.equals(topic)) {
            throw new IOException("index at " + path + " was built from topic " + indexedTopic);
        }
        Map<Integer, Long> offsets = new TreeMap<>();
        userData.forEach((key, value) -> {
            if (key.startsWith(OFFSET_PREFIX)) {
                offsets.put(Integer.parseInt(key.substring(OFFSET_PREFIX.length())), Long.parseLong(value));
            }
        });
        return offsets;
    }
}
