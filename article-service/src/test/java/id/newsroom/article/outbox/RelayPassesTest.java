package id.newsroom.article.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The relay's passes on a real Spring scheduler with a poll interval of an hour, so only wake-ups drive them: a wake-up
 * that comes while a pass runs is never lost, passes never overlap, a failure waits out its back-off, and stop lets the
 * pass in flight finish.
 */
class RelayPassesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    @BeforeEach
    void scheduler() {
        scheduler.setPoolSize(4); // as in application.yml: a wake-up's pass may start beside a running one
        scheduler.initialize();
    }

    @AfterEach
    void shutdown() {
        scheduler.shutdown();
    }

    @Test
    void aWakeUpDuringAPassRunsAnotherPassAndPassesNeverOverlap() throws Exception {
        CountDownLatch inFirstPass = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger passes = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        RelayPasses relay = new RelayPasses(scheduler, () -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                if (passes.incrementAndGet() == 1) {
                    inFirstPass.countDown();
                    assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                }
                return 0;
            } finally {
                concurrent.decrementAndGet();
            }
        }, HOUR, Duration.ofSeconds(1));
        relay.start(); // the fixed-delay task runs a first pass at once
        assertThat(inFirstPass.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            relay.wakeUp(); // a commit while the first pass waits on Kafka
        }
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() >= 2);
        relay.stop(Duration.ofSeconds(5));
        assertThat(maxConcurrent.get()).isEqualTo(1);
    }

    @Test
    void everyWakeUpIsServedWithinMoments() {
        AtomicInteger passes = new AtomicInteger();
        RelayPasses relay = new RelayPasses(scheduler, () -> {
            passes.incrementAndGet();
            return 0;
        }, HOUR, Duration.ofSeconds(1));
        relay.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() >= 1);
        for (int i = 0; i < 50; i++) {
            int before = passes.get();
            relay.wakeUp();
            await().atMost(Duration.ofSeconds(2)).until(() -> passes.get() > before);
        }
        relay.stop(Duration.ofSeconds(5));
    }

    @Test
    void aFailedPassWaitsOutItsBackOffThenSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        RelayPasses relay = new RelayPasses(scheduler, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("Kafka away");
            }
            return 0;
        }, Duration.ofMillis(50), Duration.ofSeconds(1));
        long t0 = System.nanoTime();
        relay.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() >= 2);
        // 250 ms << 1 for the first failure (capped at max-backoff 1 s): not retried at the next 50 ms poll
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
        relay.stop(Duration.ofSeconds(5));
    }

    @Test
    void stopLetsThePassInFlightFinishAndNoPassFollows() throws Exception {
        CountDownLatch inPass = new CountDownLatch(1);
        AtomicInteger passes = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        RelayPasses relay = new RelayPasses(scheduler, () -> {
            passes.incrementAndGet();
            inPass.countDown();
            await().pollDelay(Duration.ofMillis(300)).until(() -> true); // a pass sending its batch
            finished.incrementAndGet();
            return 0;
        }, HOUR, Duration.ofSeconds(1));
        relay.start();
        assertThat(inPass.await(10, TimeUnit.SECONDS)).isTrue();
        relay.stop(Duration.ofSeconds(5));
        assertThat(finished.get()).isEqualTo(1);
        assertThat(relay.isRunning()).isFalse();
        relay.wakeUp();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> passes.get() == 1);
    }
}
