package id.newsroom.defaults.http;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed logins counted per user name and per client address, the ledger behind every login throttle (HTTP Basic
 * in article-service, the sign-in form of the identity server). Over either limit a login must wait before its
 * password is even checked, for a window that doubles with every further failure. A success clears the user name's
 * count, not the address's: one valid account must not buy unlimited guesses at others.
 */
public final class FailedLogins {

    /**
     * After {@code maxFailuresPerUser} wrong passwords for one user name, or {@code maxFailuresPerAddress} failures
     * from one address, further attempts wait {@code firstLock}, doubling with every further failure up to
     * {@code maxLock}.
     *
     * @param memory how long failures are remembered after the last one
     */
    public record Limits(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("30s") Duration firstLock, @DefaultValue("15m") Duration maxLock,
            @DefaultValue("1h") Duration memory) {}

    private record Failures(int count, long lockedUntilNanos) {}

    private final Limits limits;
    private final Cache<String, Failures> failures;

    public FailedLogins(Limits limits) {
        this.limits = limits;
        this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(limits.memory()).build();
    }

    /** Whole seconds this login must wait (0: it may try now); {@code user} null when the request names none. */
    public long secondsToWait(String address, @Nullable String user) {
        long nanos = Math.max(lockRemaining(addressKey(address)), user == null ? 0 : lockRemaining(userKey(user)));
        return nanos <= 0 ? 0 : Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
    }

    public void failed(String address, @Nullable String user) {
        failed(addressKey(address), limits.maxFailuresPerAddress());
        if (user != null) {
            failed(userKey(user), limits.maxFailuresPerUser());
        }
    }

    public void succeeded(@Nullable String user) {
        if (user != null) {
            failures.invalidate(userKey(user));
        }
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String userKey(String user) {
        return "user:" + user.trim().toLowerCase(Locale.ROOT);
    }

    private long lockRemaining(String key) {
        Failures f = failures.getIfPresent(key);
        return f == null || f.lockedUntilNanos() == 0 ? 0 : f.lockedUntilNanos() - System.nanoTime();
    }

    private void failed(String key, int maxFailures) {
        failures.asMap().compute(key, (k, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            if (count < maxFailures) {
                return new Failures(count, 0);
            }
            Duration lock = limits.firstLock().multipliedBy(1L << Math.min(count - maxFailures, 30));
            return new Failures(count, System.nanoTime() + (lock.compareTo(limits.maxLock()) > 0
                    ? limits.maxLock()
                    : lock).toNanos());
        });
    }
}
