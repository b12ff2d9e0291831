package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a launcher killed with kill -9 left running is stopped by the next start, and nothing else is. */
class LeftoverProcessesTest {

    @TempDir
    Path dataDir;

    private Process orphan;

    @AfterEach
    void cleanUp() {
        if (orphan != null) {
            orphan.destroyForcibly();
        }
    }

    @Test
    void stopsRecordedProcessesStillRunningAndForgetsThem() throws Exception {
        orphan = new ProcessBuilder("sleep", "300").start();
        new LeftoverProcesses(dataDir).record(List.of(orphan.toHandle()));

        List<String> stopped = new LeftoverProcesses(dataDir).stop();

        assertThat(stopped).singleElement().asString().contains(Long.toString(orphan.pid()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !orphan.isAlive());
        assertThat(dataDir.resolve("services.pid")).doesNotExist();
        assertThat(new LeftoverProcesses(dataDir).stop()).isEmpty();
    }

    @Test
    void leavesAloneAProcessThatOnlyReusedARecordedPid() throws Exception {
        orphan = new ProcessBuilder("sleep", "300").start();
        Files.writeString(dataDir.resolve("services.pid"), orphan.pid() + " 2020-01-01T00:00:00Z\n");

        assertThat(new LeftoverProcesses(dataDir).stop()).isEmpty();
        assertThat(orphan.isAlive()).isTrue();
    }
}
