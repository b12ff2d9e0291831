package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor with small shell scripts standing in for services: restarts, backoff, the count, and closing. */
class SupervisorTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<ProcessHandle> restarted = new CopyOnWriteArrayList<>();
    private Supervisor supervisor;
    private ServiceProcess service;

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (service != null) {
            service.stop(Duration.ofSeconds(5));
        }
    }

    private Supervisor supervisor(Supervisor.Backoff backoff) {
        supervisor = new Supervisor(backoff, new PrintStream(console, true, StandardCharsets.UTF_8),
                dir.resolve("launcher.log"), restarted::add);
        return supervisor;
    }

    private ServiceProcess service(String script) {
        service = ServiceProcess.of("feed-service", List.of("sh", "-c", script), null, 0, dir.resolve("feed.log"));
        return service;
    }

    private List<Long> loggedDelays() throws Exception {
        Matcher m = Pattern.compile("restart #\\d+ in (\\d+) ms")
                .matcher(Files.readString(dir.resolve("launcher.log")));
        return m.results().map(r -> Long.parseLong(r.group(1))).toList();
    }

    @Test
    void aServiceThatKeepsCrashingIsRestartedWithDoublingBackoffLoudlyAndCounted() throws Exception {
        supervisor(new Supervisor.Backoff(Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMinutes(1)))
                .watch(service("echo 'Started FeedServiceApplication'; exit 3"));

        await().atMost(Duration.ofSeconds(20)).until(() -> restarted.size() >= 4); // four restarts done

        assertThat(loggedDelays()).startsWith(100L, 200L, 400L, 400L);
        assertThat(Files.readString(dir.resolve("launcher.log")))
                .contains("feed-service exited with code 3; restart #1", "restart #4", "feed-service restarted as pid");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("!!! feed-service EXITED UNEXPECTEDLY (exit code 3)", "Started FeedServiceApplication");
        assertThat(restarted).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aKilledServiceComesBackAsANewProcessAndAStableOneStartsFromTheFirstDelay() throws Exception {
        supervisor(new Supervisor.Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), Duration.ZERO))
                .watch(service("sleep 300"));
        for (int kill = 1; kill <= 2; kill++) {
            long pid = service.handle().pid();
            service.handle().destroyForcibly();
            int expected = kill;
            await().atMost(Duration.ofSeconds(10)).until(() -> restarted.size() == expected
                    && service.isAlive() && service.handle().pid() != pid);
        }
        assertThat(supervisor.restarts("feed-service")).isEqualTo(2);
        assertThat(loggedDelays()).as("each run counted as recovered: no growth").containsExactly(100L, 100L);
        assertThat(restarted).extracting(ProcessHandle::pid).containsExactly(
                restarted.get(0).pid(), service.handle().pid());
    }

    @Test
    void afterCloseAnExitIsIntendedAndNothingComesBack() {
        supervisor(new Supervisor.Backoff(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMinutes(1)))
                .watch(service("sleep 300"));
        supervisor.close();
        service.stop(Duration.ofSeconds(5));

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> !service.isAlive() && supervisor.restarts("feed-service") == 0);
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("EXITED");
        assertThat(dir.resolve("launcher.log")).doesNotExist();
    }
}
