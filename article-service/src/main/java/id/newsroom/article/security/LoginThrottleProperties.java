package id.newsroom.article.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed logins ({@code article.login-throttle.*}): after {@code maxFailuresPerUser} wrong passwords for one user
 * name, or {@code maxFailuresPerAddress} failures from one address, further attempts get 429 for {@code firstLock},
 * doubling with every further failure up to {@code maxLock}.
 *
 * @param memory how long failures are remembered after the last one
 */
@ConfigurationProperties("article.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("30s") Duration firstLock,
        @DefaultValue("15m") Duration maxLock,
        @DefaultValue("1h") Duration memory) {}
