package id.newsroom.defaults.metrics;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Keeps {@code /actuator/prometheus} clean for {@code promtool check metrics} (CI lints it): every meter gets help
 * text, and the JVM and Kafka-client meters whose names Prometheus rejects (abbreviated units such as
 * {@code _ms}/{@code _ns}, gauges ending in {@code _count}, names carrying a Java class name such as Spring Security's
 * per-filter {@code spring.security.filterchains.LoginThrottle.before}, which are not snake_case) are left out. Their useful twins stay (process_cpu_usage,
 * the Kafka consumer's records lag, request and byte rates).
 */
public class PromtoolCleanMetrics implements MeterFilter {

    private static final Pattern ABBREVIATED_UNIT = Pattern.compile("(^|[._-])(ms|ns|us)([._-]|$)");
    private static final Set<String> ABBREVIATED_BASE_UNITS = Set.of("ms", "ns", "us");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        String name = id.getName();
        boolean abbreviated = ABBREVIATED_UNIT.matcher(name).find()
                || (id.getBaseUnit() != null && ABBREVIATED_BASE_UNITS.contains(id.getBaseUnit()));
        boolean countSuffixOnPlainMeter = name.endsWith(".count") && id.getType() != Meter.Type.TIMER
                && id.getType() != Meter.Type.DISTRIBUTION_SUMMARY;
        boolean notSnakeCase = !name.equals(name.toLowerCase(Locale.ROOT));
        return abbreviated || countSuffixOnPlainMeter || notSnakeCase
                ? MeterFilterReply.DENY
                : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String description = id.getDescription();
        if (description != null && !description.isBlank()) {
            return id;
        }
        return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
                id.getName().replace('.', ' '), id.getType());
    }
}
