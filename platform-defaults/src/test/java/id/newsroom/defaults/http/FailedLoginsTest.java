package id.newsroom.defaults.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The ledger behind both login throttles: per user and per address, doubling, capped, success clears the user. */
class FailedLoginsTest {

    final FailedLogins logins = new FailedLogins(
            new FailedLogins.Limits(3, 5, Duration.ofSeconds(30), Duration.ofSeconds(100), Duration.ofHours(1)));

    @Test
    void aUserIsLockedAfterItsLimitForAWindowThatDoublesUpToTheCap() {
        logins.failed("10.0.0.1", "Editor");
        logins.failed("10.0.0.2", "editor ");
        assertThat(logins.secondsToWait("10.0.0.3", "EDITOR")).isZero();
        logins.failed("10.0.0.3", "editor");
        assertThat(logins.secondsToWait("10.0.0.9", "editor")).isBetween(29L, 31L);
        assertThat(logins.secondsToWait("10.0.0.9", "writer")).as("another user from elsewhere").isZero();
        logins.failed("10.0.0.4", "editor");
        assertThat(logins.secondsToWait("10.0.0.9", "editor")).isBetween(59L, 61L);
        logins.failed("10.0.0.5", "editor");
        logins.failed("10.0.0.6", "editor");
        assertThat(logins.secondsToWait("10.0.0.9", "editor")).as("capped at maxLock").isBetween(99L, 101L);
    }

    @Test
    void anAddressIsLockedForEveryNameAndASuccessClearsOnlyTheUser() {
        for (int i = 0; i < 5; i++) {
            logins.failed("10.0.0.1", "guess" + i);
        }
        assertThat(logins.secondsToWait("10.0.0.1", "writer")).isPositive();
        assertThat(logins.secondsToWait("10.0.0.1", null)).isPositive();
        logins.succeeded("guess4");
        assertThat(logins.secondsToWait("10.0.0.1", null)).as("a valid account buys no guesses").isPositive();
        assertThat(logins.secondsToWait("10.0.0.2", "guess4")).isZero();
    }
}
