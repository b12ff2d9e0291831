package id.newsroom.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.newsroom.infra.MongoStandIn;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code hello} over the wire with the real driver: what a standalone MongoDB answers (Boot's health sends it). */
class HelloCommandTest {

    private static MongoStandIn mongo;
    private static MongoClient client;

    @BeforeAll
    static void start() {
        mongo = MongoStandIn.start(null, 0);
        client = MongoClients.create(mongo.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        mongo.close();
    }

    @Test
    void answersHelloAsAWritableStandalone() {
        Document hello = client.getDatabase("feeds").runCommand(new Document("hello", 1));
        assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
        assertThat(hello.getBoolean("readOnly")).isFalse();
        assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
        assertThat(hello.getInteger("maxBsonObjectSize")).isEqualTo(16 * 1024 * 1024);
        assertThat(hello.getInteger("maxMessageSizeBytes")).isPositive();
        assertThat(hello.getInteger("maxWriteBatchSize")).isPositive();
        assertThat(hello.get("localTime")).isInstanceOf(Date.class);
        assertThat(hello).doesNotContainKeys("ismaster", "logicalSessionTimeoutMinutes", "topologyVersion", "setName");
    }

    @Test
    void helloAndTheLegacyHandshakeReportTheSameServer() {
        Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
        Document isMaster = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
        assertThat(isMaster.getBoolean("ismaster")).isTrue();
        for (String key : new String[]{"minWireVersion", "maxWireVersion", "maxBsonObjectSize",
                "maxMessageSizeBytes", "maxWriteBatchSize"}) {
            assertThat(hello.get(key)).as(key).isEqualTo(isMaster.get(key));
        }
        int wire = client.getClusterDescription().getServerDescriptions().get(0).getMaxWireVersion();
        assertThat(hello.getInteger("maxWireVersion")).as("what the driver's handshake saw").isEqualTo(wire);
    }
}
